package org.hazwatch.platform.inspection.rules;

import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;

/**
 * The patrol numbers of each jurisdiction (SPEC §9, every number configurable per jurisdiction): the rounds'
 * deadlines of a county or park, a city's and a province's spot-check share. Each value is resolved on its own: the
 * deepest node of the path that sets it gives it; a value no node on the path sets keeps the default.
 */
public record PatrolSchedules(PatrolSchedule defaults, Map<String, Setting> byJurisdiction) {

    /** What one jurisdiction sets; null leaves the value to the nodes above it (or the default). */
    public record Setting(LocalTime morningUntil, LocalTime afternoonUntil, Double cityShare, Double provinceShare) {
    }

    /** The values in force on a path and who set each: a jurisdiction's code, or null for the default. */
    public record InForce(PatrolSchedule schedule, String morningSetBy, String afternoonSetBy, String citySetBy,
                          String provinceSetBy) {
    }

    public PatrolSchedules {
        byJurisdiction = Map.copyOf(byJurisdiction);
        for (String code : byJurisdiction.keySet()) {
            try {
                resolve(defaults, byJurisdiction, code + "/");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("patrol settings of " + code + ": " + e.getMessage(), e);
            }
        }
    }

    public static PatrolSchedules of(PatrolSchedule defaults) {
        return new PatrolSchedules(defaults, Map.of());
    }

    /** The schedule in force on {@code path} ({@code 140000/140500/140525/…}; null gives the defaults). */
    public PatrolSchedule forPath(String path) {
        return inForce(path).schedule();
    }

    public InForce inForce(String path) {
        return resolve(defaults, byJurisdiction, path);
    }

    private static InForce resolve(PatrolSchedule defaults, Map<String, Setting> byJurisdiction, String path) {
        String morning = deepest(byJurisdiction, path, Setting::morningUntil);
        String afternoon = deepest(byJurisdiction, path, Setting::afternoonUntil);
        String city = deepest(byJurisdiction, path, Setting::cityShare);
        String province = deepest(byJurisdiction, path, Setting::provinceShare);
        PatrolSchedule schedule = new PatrolSchedule(
                morning == null ? defaults.morningUntil() : byJurisdiction.get(morning).morningUntil(),
                afternoon == null ? defaults.afternoonUntil() : byJurisdiction.get(afternoon).afternoonUntil(),
                city == null ? defaults.cityShare() : byJurisdiction.get(city).cityShare(),
                province == null ? defaults.provinceShare() : byJurisdiction.get(province).provinceShare(),
                defaults.zone());
        return new InForce(schedule, morning, afternoon, city, province);
    }

    /** The code of the deepest node on the path that sets the value; null if none does. */
    private static String deepest(Map<String, Setting> byJurisdiction, String path, Function<Setting, Object> value) {
        String found = null;
        if (path != null) {
            for (String code : path.split("/")) {
                Setting set = byJurisdiction.get(code);
                if (set != null && value.apply(set) != null) {
                    found = code;
                }
            }
        }
        return found;
    }
}
