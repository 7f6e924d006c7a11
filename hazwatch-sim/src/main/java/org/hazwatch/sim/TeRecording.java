package org.hazwatch.sim;

import java.util.List;

/** A Tennessee Eastman run under one disturbance IDV(n) (扰动), one row every 10 minutes. */
public record TeRecording(int disturbance, List<TeSample> samples) {

    public TeRecording {
        samples = List.copyOf(samples);
    }
}
