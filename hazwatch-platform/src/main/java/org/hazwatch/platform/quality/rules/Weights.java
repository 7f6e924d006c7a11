package org.hazwatch.platform.quality.rules;

/**
 * The weights of the score (SPEC §9: 25 access, 25 online, 15 timeliness, 15 validity, 10 video, 10 completeness).
 * A rate that does not apply (null: no cameras, nothing received, no points) drops out and the weights of the others
 * are scaled so that they still sum to 100.
 */
public record Weights(double access, double online, double timeliness, double validity, double video,
                      double completeness) {

    public static final Weights SPEC = new Weights(25, 25, 15, 15, 10, 10);

    public Weights {
        for (double w : new double[] {access, online, timeliness, validity, video, completeness}) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("a weight is at least 0");
            }
        }
    }

    /** The score 0..100 of the rates (each 0..1 or null); 0 when no rate applies. */
    public double score(Rates rates) {
        double[] weight = {access, online, timeliness, validity, video, completeness};
        Double[] rate = {rates.access(), rates.online(), rates.timeliness(), rates.validity(), rates.video(),
                rates.completeness()};
        double sum = 0;
        double applicable = 0;
        for (int i = 0; i < weight.length; i++) {
            if (rate[i] != null) {
                sum += weight[i] * rate[i];
                applicable += weight[i];
            }
        }
        return applicable == 0 ? 0 : sum / applicable * 100;
    }
}
