package org.hazwatch.platform.warning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A point's history replayed through the live trend prediction (趋势预测回放), times in the platform's zone.
 *
 * @param tracked     whether the live feed keeps a trend of the point at all (it has an HH or LL limit); when not,
 *                    nothing is predicted live and the replay says so
 * @param readings    usable readings replayed (those within the longer trend window before {@code from} included)
 * @param assessments how many assessments were made ({@code everySeconds} apart, as the warning engine does)
 * @param predictions runs of unbroken predictions towards one limit
 * @param crossings   readings beyond a limit after one that was not, each with the prediction that stood before it
 */
public record PredictionReplayView(String pointCode, String pointName, String unit, OffsetDateTime from,
                                   OffsetDateTime to, Limits limits, boolean tracked, long everySeconds, int readings,
                                   int assessments, List<Run> predictions, List<Crossing> crossings) {

    /** The limits the alarm engine applies now (registered, or the kind's defaults); null where none. */
    public record Limits(Double ll, Double l, Double h, Double hh) {
    }

    /**
     * @param target         HH, H, L or LL
     * @param targetLabel    高高报 …
     * @param soonestMinutes the shortest time to the crossing predicted in the run
     * @param value          the value at the run's first prediction
     * @param slopePerMinute the trend's slope at the run's first prediction
     * @param minutesToCrossing the time to the crossing predicted at the run's first prediction
     */
    public record Run(String target, String targetLabel, double limit, OffsetDateTime from, OffsetDateTime to,
                      int assessments, double soonestMinutes, double value, double slopePerMinute,
                      double minutesToCrossing) {
    }

    /**
     * @param predictedFrom the first prediction of the run that stood before the crossing; null when none did
     * @param leadMinutes   minutes from {@code predictedFrom} to the crossing; null when unpredicted
     */
    public record Crossing(String limit, String limitLabel, double limitValue, OffsetDateTime at, double value,
                           boolean predicted, OffsetDateTime predictedFrom, Double leadMinutes) {
    }
}
