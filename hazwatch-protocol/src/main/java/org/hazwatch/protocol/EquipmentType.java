package org.hazwatch.protocol;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<EquipmentType> of(String letters) {
        return Arrays.stream(values()).filter(t -> t.name().equals(letters)).findFirst();
    }
}
