package org.hazwatch.platform.disposal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The handling deadlines of every level and the escalation ladder's step (SPEC §7).
 *
 * @param escalationStep time between two rungs of the ladder while the missed step stays undone
 */
public record DeadlinePolicy(Map<WarningLevel, LevelDeadlines> levels, Duration escalationStep) {

    /** SPEC §7: sign for within 30 min (red, orange 15 min), feedback within 2 h (red 1 h), verify within 24 h. */
    public static final Map<WarningLevel, LevelDeadlines> SPEC_DEFAULTS = Map.of(
            WarningLevel.RED, new LevelDeadlines(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(24)),
            WarningLevel.ORANGE, new LevelDeadlines(Duration.ofMinutes(15), Duration.ofHours(2), Duration.ofHours(24)),
            WarningLevel.YELLOW, new LevelDeadlines(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24)),
            WarningLevel.BLUE, new LevelDeadlines(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24)));

    public DeadlinePolicy {
        Map<WarningLevel, LevelDeadlines> all = new EnumMap<>(WarningLevel.class);
        all.putAll(SPEC_DEFAULTS);
        all.putAll(levels);
        levels = Map.copyOf(all);
        if (escalationStep == null || escalationStep.isNegative() || escalationStep.isZero()) {
            throw new IllegalArgumentException("the escalation step is a positive duration");
        }
    }

    public static DeadlinePolicy specDefaults() {
        return new DeadlinePolicy(Map.of(), Duration.ofMinutes(30));
    }

    /** The deadline of {@code step} at {@code level} when the step opens at {@code from}. */
    public Instant deadline(WarningLevel level, HandlingStep step, Instant from) {
        return from.plus(levels.get(level).of(step));
    }

    /**
     * The ladder of a missed step: the enterprise's own steps go to its main responsible person, then the town and
     * county, then the city; a missed verification is the regulator's own and starts at the town and county; a missed
     * follow-up order (督办) goes to the city.
     */
    public List<Recipient> ladder(HandlingStep step) {
        return switch (step) {
            case SIGN_FOR, FEEDBACK -> List.of(Recipient.values());
            case VERIFY -> List.of(Recipient.TOWN_AND_COUNTY, Recipient.CITY);
            case FOLLOW_UP -> List.of(Recipient.CITY);
        };
    }

    /** When rung {@code index} (0 first) of a ladder is due after a missed deadline. */
    public Instant rungDueAt(Instant deadline, int index) {
        return deadline.plus(escalationStep.multipliedBy(index));
    }
}
