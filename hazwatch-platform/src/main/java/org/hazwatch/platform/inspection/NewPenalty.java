package org.hazwatch.platform.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A penalty to record. */
public record NewPenalty(String enterpriseCode, String decisionNumber, LocalDate decidedOn, BigDecimal amount,
                         String basis, String note) {
}
