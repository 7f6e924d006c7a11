package org.hazwatch.platform.quality.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.filing.rules.FiledPeriod;

/**
 * Folds the hours of a day into points' days, leaving filed time out (SPEC §9: filed points and periods excluded).
 * The unit is the hour: an hour that a filing of the point (or of the whole enterprise) touches at all is left out,
 * its readings and its expected minutes alike; a point filed for every hour of the day is not counted at all.
 */
public final class PointDays {

    private PointDays() {
    }

    /**
     * @param window        the day, or the day so far
     * @param everConnected the points with a reading stored before the day
     */
    public static List<PointDay> fold(List<String> pointCodes, Collection<PointHour> hours,
                                      List<FiledPeriod> filings, Span window, Set<String> everConnected) {
        Map<String, Map<Instant, PointHour>> byPoint = new HashMap<>();
        for (PointHour h : hours) {
            byPoint.computeIfAbsent(h.pointCode(), p -> new HashMap<>()).put(h.hour(), h);
        }
        List<Span> slots = new ArrayList<>();
        for (Instant h = window.from(); h.isBefore(window.until()); h = h.plus(Duration.ofHours(1))) {
            Instant end = h.plus(Duration.ofHours(1));
            slots.add(new Span(h, end.isAfter(window.until()) ? window.until() : end));
        }
        List<PointDay> days = new ArrayList<>(pointCodes.size());
        for (String point : pointCodes) {
            Map<Instant, PointHour> own = byPoint.getOrDefault(point, Map.of());
            long received = 0;
            long late = 0;
            long usable = 0;
            long flatlined = 0;
            double online = 0;
            double expected = 0;
            boolean anyUnfiled = false;
            long receivedAllDay = 0;
            for (Span slot : slots) {
                PointHour h = own.get(slot.from());
                receivedAllDay += h == null ? 0 : h.received();
                if (filed(point, slot, filings)) {
                    continue;
                }
                anyUnfiled = true;
                expected += slot.length().toSeconds() / 60.0;
                if (h != null) {
                    received += h.received();
                    late += h.late();
                    usable += h.usable();
                    flatlined += h.flatlined();
                    online += h.onlineSeconds() / 60.0;
                }
            }
            boolean connected = everConnected.contains(point) || receivedAllDay > 0;
            days.add(new PointDay(point, anyUnfiled || slots.isEmpty(), connected, received, late, usable,
                    flatlined, Math.min(online, expected), expected));
        }
        return days;
    }

    static boolean filed(String point, Span slot, List<FiledPeriod> filings) {
        for (FiledPeriod f : filings) {
            boolean scope = f.wholeEnterprise() || f.pointCodes().contains(point);
            if (scope && slot.overlaps(new Span(f.from(), f.until()))) {
                return true;
            }
        }
        return false;
    }
}
