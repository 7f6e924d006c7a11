package org.hazwatch.platform.alarm.rules;

/**
 * A point's limits as the alarm engine applies them (报警限值): the registered ones, or the defaults of its kind
 * where none are registered ({@link AlarmDefaults}); null where not set. What a page shows as a point's state, the
 * lines of its trend and the limit a warning names are these, so they agree with the alarms raised.
 */
public record AlarmLimits(Double ll, Double l, Double h, Double hh) {

    public static final AlarmLimits NONE = new AlarmLimits(null, null, null, null);

    /**
     * The limit the value is at or beyond (HH before H, LL before L), null within every limit: the level the engine
     * indicates from normal ({@link LimitBand}), before its delays; the deadband applies only to a standing alarm.
     */
    public Severity reachedBy(double value) {
        Severity high = LimitBand.reachedBy(true, h, hh, value);
        return high != null ? high : LimitBand.reachedBy(false, l, ll, value);
    }

    /** The limit of a limit severity (HH, H, L, LL); null for another severity or a limit not set. */
    public Double of(Severity severity) {
        return switch (severity) {
            case HH -> hh;
            case H -> h;
            case L -> l;
            case LL -> ll;
            default -> null;
        };
    }
}
