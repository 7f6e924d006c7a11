package org.hazwatch.platform.alarm.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Alarm-system health (报警系统健康度), ISA-18.2 §16 / EEMUA 191 as SPEC §5 gives them: alarms per 10 minutes (about
 * 1 acceptable, 2 the most manageable), flood periods (more than 10 alarms in a 10-minute period), chattering alarms
 * (more than 5 transitions in 5 minutes), stale alarms (active over 24 hours), the ten most frequent points and the
 * priority mix (aim: about 80 % low, 15 % medium, 5 % high). An alarm here is an annunciation: a raise, or a return
 * of the condition before acknowledgement. Periods are 10-minute buckets from the start of the window.
 */
public final class AlarmSystemHealth {

    static final Duration PERIOD = Duration.ofMinutes(10);
    static final int FLOOD_ABOVE = 10;
    static final Duration CHATTER_WINDOW = Duration.ofMinutes(5);
    static final int CHATTER_ABOVE = 5;

    /** One annunciation (RAISED transition). */
    public record Raise(AlarmKey key, Priority priority, Instant at) {
    }

    /** One condition transition (RAISED or CLEARED), for chattering. */
    public record Move(AlarmKey key, Instant at) {
    }

    public record PointCount(String pointCode, String kind, int alarms) {
    }

    /**
     * @param rating EEMUA 191: ACCEPTABLE up to 1 alarm per 10 minutes on average, MANAGEABLE up to 2, else OVERLOADED
     */
    public record Figures(Instant from, Instant to, int alarms, double averagePer10Minutes, int peakPer10Minutes,
                          int floodPeriods, List<String> chattering, int stale, List<PointCount> topTen,
                          Map<Priority, Double> priorityMix, String rating) {
    }

    private AlarmSystemHealth() {
    }

    public static Figures of(Instant from, Instant to, List<Raise> raises, List<Move> moves, int stale) {
        int periods = (int) Math.max(1, (Duration.between(from, to).toMillis() + PERIOD.toMillis() - 1)
                / PERIOD.toMillis());
        int[] perPeriod = new int[periods];
        Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
        Map<AlarmKey, Integer> byKey = new HashMap<>();
        for (Raise r : raises) {
            int bucket = (int) (Duration.between(from, r.at()).toMillis() / PERIOD.toMillis());
            if (bucket >= 0 && bucket < periods) {
                perPeriod[bucket]++;
            }
            byPriority.merge(r.priority(), 1, Integer::sum);
            byKey.merge(r.key(), 1, Integer::sum);
        }
        int peak = 0;
        int floods = 0;
        for (int n : perPeriod) {
            peak = Math.max(peak, n);
            floods += n > FLOOD_ABOVE ? 1 : 0;
        }
        double average = raises.size() / (double) periods;
        Map<Priority, Double> mix = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            mix.put(p, raises.isEmpty() ? 0.0 : byPriority.getOrDefault(p, 0) / (double) raises.size());
        }
        List<PointCount> top = byKey.entrySet().stream()
                .map(e -> new PointCount(e.getKey().subject(), e.getKey().kind().name(),
                        e.getValue()))
                .sorted(Comparator.comparingInt(PointCount::alarms).reversed()
                        .thenComparing(PointCount::pointCode, Comparator.nullsFirst(Comparator.naturalOrder())))
                .limit(10).toList();
        String rating = average <= 1 ? "ACCEPTABLE" : average <= 2 ? "MANAGEABLE" : "OVERLOADED";
        return new Figures(from, to, raises.size(), average, peak, floods, chattering(moves), stale, top, mix,
                rating);
    }

    /** Alarms with more than 5 transitions inside some 5-minute window. */
    static List<String> chattering(List<Move> moves) {
        Map<AlarmKey, List<Instant>> byKey = new HashMap<>();
        for (Move m : moves) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m.at());
        }
        TreeSet<String> chattering = new TreeSet<>();
        byKey.forEach((key, times) -> {
            times.sort(null);
            for (int i = 0, j = 0; j < times.size(); j++) {
                while (Duration.between(times.get(i), times.get(j)).compareTo(CHATTER_WINDOW) > 0) {
                    i++;
                }
                if (j - i + 1 > CHATTER_ABOVE) {
                    chattering.add((key.subject() == null ? key.enterpriseCode() : key.subject()) + " "
                            + key.kind());
                    return;
                }
            }
        });
        return List.copyOf(chattering);
    }
}
