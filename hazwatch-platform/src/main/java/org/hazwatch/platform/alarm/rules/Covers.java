package org.hazwatch.platform.alarm.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hazwatch.protocol.PointCode;

/**
 * Everything that takes alarms out of annunciation, each for a period (报警搁置、抑制与停用): shelves put by people,
 * suppressions by design, and out-of-service periods from filings. Safe to read while another thread adds.
 */
public final class Covers {

    /** 搁置: one alarm, by a person, with a reason, until an end time. */
    public record Shelf(UUID id, AlarmKey key, String by, String reason, Instant from, Instant until) {
    }

    /**
     * 设计抑制: every alarm of a point, or of all points of an equipment, e.g. while the unit is shut down;
     * {@code target} is the point's or the equipment's code, {@code until} null while it stands.
     */
    public record Suppression(UUID id, String target, String by, String reason, Instant from, Instant until) {

        boolean covers(PointCode point) {
            return target.equals(point.code()) || target.equals(point.equipment().code());
        }
    }

    /** 停用 (报备): points of an enterprise, or the whole enterprise when {@code pointCodes} is empty. */
    public record OutOfServicePeriod(UUID id, String enterpriseCode, Set<String> pointCodes, Instant from,
                                     Instant until, String reference) {

        public OutOfServicePeriod {
            pointCodes = Set.copyOf(pointCodes);
        }
    }

    private final Map<UUID, Shelf> shelves = new ConcurrentHashMap<>();
    private final Map<UUID, Suppression> suppressions = new ConcurrentHashMap<>();
    private final Map<UUID, OutOfServicePeriod> periods = new ConcurrentHashMap<>();

    public void put(Shelf shelf) {
        shelves.put(shelf.id(), shelf);
    }

    public void put(Suppression suppression) {
        suppressions.put(suppression.id(), suppression);
    }

    public void put(OutOfServicePeriod period) {
        periods.put(period.id(), period);
    }

    /** Ends a cover at {@code at} (it keeps covering the time before); returns false when none was standing then. */
    public boolean end(UUID id, Instant at) {
        boolean[] ended = {false};
        shelves.computeIfPresent(id, (k, s) -> standing(s.until(), at, ended)
                ? new Shelf(s.id(), s.key(), s.by(), s.reason(), s.from(), at) : s);
        suppressions.computeIfPresent(id, (k, s) -> standing(s.until(), at, ended)
                ? new Suppression(s.id(), s.target(), s.by(), s.reason(), s.from(), at) : s);
        periods.computeIfPresent(id, (k, p) -> standing(p.until(), at, ended)
                ? new OutOfServicePeriod(p.id(), p.enterpriseCode(), p.pointCodes(), p.from(), at, p.reference()) : p);
        return ended[0];
    }

    public void clear() {
        shelves.clear();
        suppressions.clear();
        periods.clear();
    }

    private static boolean standing(Instant until, Instant at, boolean[] ended) {
        boolean standing = until == null || until.isAfter(at);
        ended[0] |= standing;
        return standing;
    }

    public List<Shelf> shelves() {
        return List.copyOf(shelves.values());
    }

    /** The strongest cover of the alarm at the time. */
    public Cover at(AlarmKey key, Instant t) {
        Cover cover = Cover.NONE;
        for (Shelf s : shelves.values()) {
            if (s.key().equals(key) && within(t, s.from(), s.until())) {
                cover = Cover.SHELVED;
            }
        }
        if (key.pointCode() != null) {
            for (Suppression s : suppressions.values()) {
                if (s.covers(key.pointCode()) && within(t, s.from(), s.until())) {
                    cover = cover.strongest(Cover.SUPPRESSED);
                }
            }
        }
        for (OutOfServicePeriod p : periods.values()) {
            if (p.enterpriseCode().equals(key.enterpriseCode().code()) && within(t, p.from(), p.until())
                    // an enterprise's own alarm (no point) is covered only by a period for the whole enterprise
                    && (p.pointCodes().isEmpty()
                        || key.subject() != null && p.pointCodes().contains(key.subject()))) {
                return Cover.OUT_OF_SERVICE;
            }
        }
        return cover;
    }

    private static boolean within(Instant t, Instant from, Instant until) {
        return !t.isBefore(from) && (until == null || t.isBefore(until));
    }
}
