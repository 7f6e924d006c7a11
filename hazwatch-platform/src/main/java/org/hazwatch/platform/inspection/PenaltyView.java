package org.hazwatch.platform.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A penalty decision (行政处罚) recorded against an enterprise: document number, date, amount in yuan, basis. */
public record PenaltyView(UUID id, String enterpriseCode, String enterpriseName, String decisionNumber,
                          LocalDate decidedOn, BigDecimal amount, String basis, String note, String recordedBy,
                          Instant recordedAt) {
}
