package org.hazwatch.platform.alarm.rules;

/**
 * What takes an alarm out of annunciation (报警屏蔽) at a given time; the strongest one applies:
 * out of service over suppressed by design over shelved.
 */
public enum Cover {
    NONE(null),
    SHELVED(EpisodeState.SHELVED),
    SUPPRESSED(EpisodeState.SUPPRESSED),
    OUT_OF_SERVICE(EpisodeState.OUT_OF_SERVICE);

    private final EpisodeState state;

    Cover(EpisodeState state) {
        this.state = state;
    }

    public EpisodeState state() {
        return state;
    }

    public Cover strongest(Cover other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
