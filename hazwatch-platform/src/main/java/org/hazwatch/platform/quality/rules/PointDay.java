package org.hazwatch.platform.quality.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One point's day, its filed hours left out.
 *
 * @param counted         false when filings cover the whole day: the point is left out of its enterprise's rates
 * @param everConnected   whether any reading of the point was ever stored (up to the end of the day)
 * @param expectedMinutes the unfiled minutes of the day (so far)
 */
public record PointDay(String pointCode, boolean counted, boolean everConnected, long received, long late,
                       long usable, long flatlined, double onlineMinutes, double expectedMinutes) {

    /** Usable and not flatlined (SPEC §9 validity's numerator). */
    public long valid() {
        return usable - flatlined;
    }

    public long invalid() {
        return received - usable;
    }

    public double offlineMinutes() {
        return Math.max(0, expectedMinutes - Math.min(onlineMinutes, expectedMinutes));
    }

    public Double onlineRate() {
        return Rates.ratio(Math.min(onlineMinutes, expectedMinutes), expectedMinutes);
    }

    public Double timeliness() {
        return Rates.ratio(received - late, received);
    }

    public Double validity() {
        return Rates.ratio(valid(), received);
    }

    /** The point's own score 0..100 (access, online, timeliness, validity with the enterprise's weights). */
    public double score(Weights weights) {
        if (!counted) {
            return 100;
        }
        return weights.score(new Rates(usable > 0 ? 1.0 : 0.0, onlineRate(), timeliness(), validity(), null, null));
    }

    /** Lowest score first; among equals, a point never connected before one that is silent; then by code. */
    public static Comparator<PointDay> worstFirst(Weights weights) {
        return Comparator.comparingDouble((PointDay p) -> p.score(weights)).thenComparing(PointDay::everConnected)
                .thenComparing(PointDay::pointCode);
    }

    /** Why the point lowers the score, worst first; empty for a faultless (or filed) point. */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        if (!counted) {
            return reasons;
        }
        if (!everConnected) {
            reasons.add(Reason.NEVER_CONNECTED);
            return reasons;
        }
        if (offlineMinutes() >= 1) {
            reasons.add(Reason.OFFLINE);
        }
        if (late > 0) {
            reasons.add(Reason.LATE);
        }
        if (invalid() > 0) {
            reasons.add(Reason.INVALID);
        }
        if (flatlined > 0) {
            reasons.add(Reason.FLATLINED);
        }
        return reasons;
    }
}
