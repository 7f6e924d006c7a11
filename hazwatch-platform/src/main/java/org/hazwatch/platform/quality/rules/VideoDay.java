package org.hazwatch.platform.quality.rules;

import java.util.Map;

/** Video online rate (SPEC §9): camera online minutes / expected minutes, null for an enterprise without cameras. */
public final class VideoDay {

    private VideoDay() {
    }

    /**
     * @param online   per camera, its online minutes in its expected time
     * @param expected per camera, its unfiled minutes of the day
     */
    public static Double rate(Map<String, Double> online, Map<String, Double> expected) {
        if (expected.isEmpty()) {
            return null;
        }
        double on = 0;
        double all = 0;
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            all += e.getValue();
            on += Math.min(e.getValue(), online.getOrDefault(e.getKey(), 0.0));
        }
        return all == 0 ? null : on / all;
    }
}
