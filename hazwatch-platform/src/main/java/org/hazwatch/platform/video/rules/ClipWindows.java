package org.hazwatch.platform.video.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which clip a moment of a camera gets (SPEC §11: −30 … +60 s around an alarm or AI event). A moment already inside
 * a clip's window gets nothing more; a moment whose window overlaps a clip still awaited from the gateway widens
 * that clip, as long as it stays within {@link #LONGEST}; otherwise a clip of its own. So a burst of alarms on one
 * tank makes one clip, not ten overlapping ones.
 */
public final class ClipWindows {

    /** SPEC §11: from 30 s before to 60 s after. */
    public static final Duration BEFORE = Duration.ofSeconds(30);
    public static final Duration AFTER = Duration.ofSeconds(60);
    /** A widened clip grows to 5 minutes at most; the gateway keeps 3 minutes behind, uploads once {@code to} passed. */
    public static final Duration LONGEST = Duration.ofMinutes(5);

    /** A clip of the camera as stored: its window and whether the gateway has yet to deliver it. */
    public record Clip(String id, Instant from, Instant to, boolean awaited) {
        boolean covers(Instant a, Instant b) {
            return !from.isAfter(a) && !to.isBefore(b);
        }

        boolean touches(Instant a, Instant b) {
            return !a.isAfter(to) && !b.isBefore(from);
        }
    }

    /** What to do for a moment. */
    public sealed interface Decision {
    }

    /** The moment is inside this clip already. */
    public record Covered(String clip) implements Decision {
    }

    /** Widen the awaited clip to {@code [from, to]}. */
    public record Widen(String clip, Instant from, Instant to) implements Decision {
    }

    /** A new clip {@code [from, to]}. */
    public record New(Instant from, Instant to) implements Decision {
    }

    private final Duration before;
    private final Duration after;

    public ClipWindows(Duration before, Duration after) {
        this.before = before;
        this.after = after;
    }

    /** The decision for {@code moment} given the camera's clips near it. */
    public Decision place(Instant moment, List<Clip> clips) {
        Instant from = moment.minus(before);
        Instant to = moment.plus(after);
        Optional<Clip> covering = clips.stream().filter(c -> c.covers(moment, moment)).findFirst();
        if (covering.isPresent() && (covering.get().covers(from, to) || !covering.get().awaited())) {
            return new Covered(covering.get().id());
        }
        for (Clip c : clips) {
            if (c.awaited() && c.touches(from, to)) {
                Instant wideFrom = c.from().isBefore(from) ? c.from() : from;
                Instant wideTo = c.to().isAfter(to) ? c.to() : to;
                if (Duration.between(wideFrom, wideTo).compareTo(LONGEST) <= 0) {
                    return new Widen(c.id(), wideFrom, wideTo);
                }
            }
        }
        return new New(from, to);
    }
}
