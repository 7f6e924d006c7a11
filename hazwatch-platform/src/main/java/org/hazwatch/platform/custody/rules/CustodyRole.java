package org.hazwatch.platform.custody.rules;

/** The three custody responsible persons of a hazard source (包保责任人, 应急厅〔2021〕12号). */
public enum CustodyRole {
    /** 主要负责人. */
    MAIN("main", "主要负责人"),
    /** 技术负责人. */
    TECHNICAL("technical", "技术负责人"),
    /** 操作负责人. */
    OPERATIONS("operations", "操作负责人");

    private final String code;
    private final String label;

    CustodyRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** 主要负责人, 技术负责人, 操作负责人. */
    public String label() {
        return label;
    }

    /** The registry's spelling. */
    public String code() {
        return code;
    }

    public static CustodyRole ofCode(String code) {
        for (CustodyRole r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no custody role " + code);
    }
}
