package org.hazwatch.platform.alarm;

import java.time.temporal.ChronoUnit;
import org.hazwatch.platform.alarm.rules.Sample;
import org.hazwatch.platform.alarm.rules.SampleQuality;
import org.hazwatch.platform.telemetry.NewReading;

/** A stored reading as the alarm rules take it: the live engine, its back-fill and the what-if replay alike. */
final class Samples {

    private Samples() {
    }

    static Sample of(NewReading r) {
        SampleQuality quality = switch (r.quality()) {
            case GOOD, UNCERTAIN -> SampleQuality.USABLE;
            case INVALID -> SampleQuality.OUT_OF_RANGE;
            case BAD -> SampleQuality.BAD;
        };
        // the log keeps microseconds: evaluating again after a restart must see the same times
        return new Sample(r.pointCode(), r.time().truncatedTo(ChronoUnit.MICROS), r.value(), quality, r.late());
    }
}
