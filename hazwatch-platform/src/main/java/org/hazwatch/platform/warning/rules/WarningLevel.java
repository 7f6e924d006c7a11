package org.hazwatch.platform.warning.rules;

/** The four warning levels of SPEC §6, most severe first (红 重大, 橙 较大, 黄 一般, 蓝 低). */
public enum WarningLevel {
    RED("红色", "重大"),
    ORANGE("橙色", "较大"),
    YELLOW("黄色", "一般"),
    BLUE("蓝色", "低");

    private final String colour;
    private final String grade;

    WarningLevel(String colour, String grade) {
        this.colour = colour;
        this.grade = grade;
    }

    /** 红色, 橙色, 黄色, 蓝色. */
    public String colour() {
        return colour;
    }

    /** 重大, 较大, 一般, 低. */
    public String grade() {
        return grade;
    }

    /** True when this level is more severe than {@code other}. */
    public boolean above(WarningLevel other) {
        return other == null || ordinal() < other.ordinal();
    }

    /** Red and orange warnings are verified by the regulator (核查, SPEC §7) and never held by quiet hours. */
    public boolean major() {
        return this == RED || this == ORANGE;
    }
}
