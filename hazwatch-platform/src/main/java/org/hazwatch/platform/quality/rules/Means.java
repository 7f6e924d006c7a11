package org.hazwatch.platform.quality.rules;

import java.util.List;
import java.util.function.Function;

/** A jurisdiction's quality (SPEC §9): the mean of its enterprises' rates (over those where a rate applies) and scores. */
public record Means(Rates rates, Double score, Grade grade, int enterprises) {

    /** One enterprise's rates and score. */
    public record Scored(Rates rates, double score) {
    }

    public static Means of(List<Scored> enterprises) {
        if (enterprises.isEmpty()) {
            return new Means(new Rates(null, null, null, null, null, null), null, null, 0);
        }
        Rates mean = new Rates(mean(enterprises, Rates::access), mean(enterprises, Rates::online),
                mean(enterprises, Rates::timeliness), mean(enterprises, Rates::validity),
                mean(enterprises, Rates::video), mean(enterprises, Rates::completeness));
        double score = DayFigures.round(enterprises.stream().mapToDouble(Scored::score).average().orElse(0));
        return new Means(mean, score, Grade.of(score), enterprises.size());
    }

    private static Double mean(List<Scored> enterprises, Function<Rates, Double> rate) {
        double[] values = enterprises.stream().map(e -> rate.apply(e.rates())).filter(r -> r != null)
                .mapToDouble(Double::doubleValue).toArray();
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
