package org.hazwatch.platform.telemetry;

import org.hazwatch.protocol.Quality;

/**
 * The quality a stored reading carries (数据质量): the gateway's own {@link Quality}, or {@link #INVALID} when the
 * platform found the value outside the point's measuring range (SPEC §4: an instrument fault, stored and flagged).
 */
public enum ReadingQuality {
    GOOD,
    UNCERTAIN,
    BAD,
    INVALID;

    public static ReadingQuality of(Quality sent) {
        return switch (sent) {
            case GOOD -> GOOD;
            case UNCERTAIN -> UNCERTAIN;
            case BAD -> BAD;
        };
    }

    /** Whether the value may stand for the process: rollups, series and limit alarms use only these. */
    public boolean usable() {
        return this == GOOD || this == UNCERTAIN;
    }
}
