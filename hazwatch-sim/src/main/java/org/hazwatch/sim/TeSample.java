package org.hazwatch.sim;

import java.util.List;

/**
 * One row of a Tennessee Eastman recording: its time in hours since the start and the 51 model outputs, of which
 * the first 41 are the plant's measurements XMEAS(1..41).
 */
public record TeSample(double hours, List<Double> columns) {

    public TeSample {
        columns = List.copyOf(columns);
    }

    /** Measured variable XMEAS(n), numbered from 1 as Downs & Vogel number them. */
    public double xmeas(int n) {
        return columns.get(n - 1);
    }
}
