package org.hazwatch.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The two letters that name an equipment's type inside its code (SPEC §2). */
public enum EquipmentType {
    /** 储罐 */
    G0("储罐"),
    /** 气体检测器 */
    Q0("气体检测器"),
    /** 生产装置 */
    S0("生产装置"),
    /** 仓库 */
    C0("仓库"),
    /** 装卸台 */
    ZX("装卸台");

    private final String zh;

    EquipmentType(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Looked up once per reading and per code parsed on the ingest path: a map, not a scan. */
    private static final Map<String, EquipmentType> BY_LETTERS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    public static Optional<EquipmentType> of(String letters) {
        return letters == null ? Optional.empty() : Optional.ofNullable(BY_LETTERS.get(letters));
    }
}
