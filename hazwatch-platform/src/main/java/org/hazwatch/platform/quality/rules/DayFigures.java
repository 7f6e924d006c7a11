package org.hazwatch.platform.quality.rules;

import java.util.Comparator;
import java.util.List;

/**
 * One enterprise's day (SPEC §9): the rates over its counted points, the video rate and the completeness given, the
 * score with the weights and the grade.
 */
public record DayFigures(Rates rates, double score, Grade grade, List<PointDay> points) {

    /**
     * @param video        camera online minutes / expected (null without cameras)
     * @param completeness required base-data fields filled / required
     */
    public static DayFigures of(List<PointDay> points, Double video, Double completeness, Weights weights) {
        List<PointDay> counted = points.stream().filter(PointDay::counted).toList();
        long accessed = counted.stream().filter(p -> p.usable() > 0).count();
        double online = counted.stream().mapToDouble(p -> Math.min(p.onlineMinutes(), p.expectedMinutes())).sum();
        double expected = counted.stream().mapToDouble(PointDay::expectedMinutes).sum();
        long received = counted.stream().mapToLong(PointDay::received).sum();
        long inTime = counted.stream().mapToLong(p -> p.received() - p.late()).sum();
        long valid = counted.stream().mapToLong(PointDay::valid).sum();
        Rates rates = new Rates(Rates.ratio(accessed, counted.size()), Rates.ratio(online, expected),
                Rates.ratio(inTime, received), Rates.ratio(valid, received), video, completeness);
        double score = round(weights.score(rates));
        List<PointDay> worstFirst = points.stream()
                .sorted(PointDay.worstFirst(weights))
                .toList();
        return new DayFigures(rates, score, Grade.of(score), worstFirst);
    }

    /** Scores are kept to two decimals, so the stored, shown and exported figures agree. */
    public static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
