package org.hazwatch.platform.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;

/**
 * The regulator's list for one day (承诺情况): every enterprise of the jurisdiction with its status, the counts and
 * the commitment rate.
 *
 * @param commitmentRate committed (on time or late) / enterprises, 0..1; null when there are no enterprises
 * @param onTimeRate     committed on time / enterprises
 */
public record CommitmentBoard(LocalDate day, String jurisdictionCode, List<Row> enterprises, long onTime, long late,
                              long missing, long pending, Double commitmentRate, Double onTimeRate) {

    public record Row(String enterpriseCode, String name, CommitmentStatus status, Instant deadline,
                      Instant firstSubmittedAt, Integer versions) {
    }
}
