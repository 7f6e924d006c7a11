package org.hazwatch.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The two letters that name what a point measures inside its code (SPEC §2). */
public enum PointKind {
    WD("温度", "°C"),
    YL("压力", "MPa"),
    YW("液位", "m"),
    LL("流量", "m³/h"),
    KR("可燃气体", "%LEL"),
    YD("有毒气体", "ppm"),
    YQ("氧气", "%VOL");

    private final String zh;
    private final String usualUnit;

    PointKind(String zh, String usualUnit) {
        this.zh = zh;
        this.usualUnit = usualUnit;
    }

    public String zh() {
        return zh;
    }

    public String usualUnit() {
        return usualUnit;
    }

    /** Looked up once per reading and per code parsed on the ingest path: a map, not a scan. */
    private static final Map<String, PointKind> BY_LETTERS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    public static Optional<PointKind> of(String letters) {
        return letters == null ? Optional.empty() : Optional.ofNullable(BY_LETTERS.get(letters));
    }
}
