package org.hazwatch.platform.telemetry;

/**
 * Points whose readings another platform forwards here as 1-minute rollups only (cascade, SPEC §12), kept by the
 * cascade feature: a series of such a point finer than a minute is answered from its minutes.
 */
public interface ForwardedPoints {

    /** Whether the point's values arrive here as 1-minute rollups, not as readings. */
    boolean byMinute(String pointCode);
}
