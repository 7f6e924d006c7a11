package org.hazwatch.platform.notify.rules;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.alarm.rules.Severity;

/**
 * Which alarm severities reach the duty room by SMS (报警短信): by default the shutdown limits HH and LL (高高报,
 * 低低报); the operating limits H and L may be added — for the platform, and for a jurisdiction (a path prefix such
 * as {@code 140000/140500/140525/}) or one enterprise (its 11-digit code). The enterprise's own setting wins, then the
 * most specific jurisdiction's, then the platform's. Only limit severities (HH, H, L, LL) can be texted; an empty
 * set texts nothing.
 */
public final class AlarmTexting {

    public static final Set<Severity> DEFAULT = Set.copyOf(EnumSet.of(Severity.HH, Severity.LL));
    /** The severities that can be texted at all (the limits); the others never are. */
    public static final Set<Severity> TEXTABLE_AT_ALL = Set.copyOf(EnumSet.of(Severity.HH, Severity.H, Severity.L,
            Severity.LL));

    private final Set<Severity> platform;
    private final Map<String, Set<Severity>> places;

    /**
     * @param platform the platform's severities, null for the default (HH, LL)
     * @param places   per jurisdiction path prefix (ending in {@code /}) or enterprise code, the severities there
     */
    public AlarmTexting(Set<Severity> platform, Map<String, Set<Severity>> places) {
        this.platform = checked("platform", platform == null ? DEFAULT : platform);
        this.places = new HashMap<>();
        if (places != null) {
            places.forEach((place, severities) -> this.places.put(place.strip(), checked(place,
                    severities == null ? Set.of() : severities)));
        }
    }

    public static AlarmTexting defaults() {
        return new AlarmTexting(null, Map.of());
    }

    /** Whether an alarm of this severity of the enterprise (at that jurisdiction path) is texted. */
    public boolean texts(Severity severity, String enterpriseCode, String jurisdictionPath) {
        return severitiesFor(enterpriseCode, jurisdictionPath).contains(severity);
    }

    /** The severities texted for the enterprise: its own setting, else its most specific jurisdiction's, else the platform's. */
    public Set<Severity> severitiesFor(String enterpriseCode, String jurisdictionPath) {
        if (enterpriseCode != null && places.containsKey(enterpriseCode)) {
            return places.get(enterpriseCode);
        }
        String best = null;
        if (jurisdictionPath != null) {
            for (String place : places.keySet()) {
                if (place.endsWith("/") && jurisdictionPath.startsWith(place)
                        && (best == null || place.length() > best.length())) {
                    best = place;
                }
            }
        }
        return best == null ? platform : places.get(best);
    }

    private static Set<Severity> checked(String where, Set<Severity> severities) {
        if (!TEXTABLE_AT_ALL.containsAll(severities)) {
            throw new IllegalArgumentException("only HH, H, L and LL alarms can be texted, not " + severities
                    + " (" + where + ")");
        }
        return severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
    }
}
