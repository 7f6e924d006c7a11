package org.hazwatch.platform.bulletin.rules;

import java.util.List;

/**
 * A bulletin's document number (文号), as 党政机关公文格式 (GB/T 9704-2012 §7.2.4) writes it: the issuer's prefix, the
 * year in hexagonal brackets 〔〕 and the sequence number of that issuer's documents in the year, without leading
 * zeros: 泽应急通报〔2026〕12号. A correction keeps the number of the bulletin it corrects.
 */
public record DocumentNumber(String prefix, int year, int sequence) {

    /** Endings of division names that a prefix drops: 泽州县 → 泽, 晋城市 → 晋. */
    private static final List<String> ENDINGS = List.of("特别行政区", "自治区", "自治州", "自治县", "新区", "地区", "园区",
            "省", "市", "县", "区", "盟", "旗", "州");

    public DocumentNumber {
        if (prefix == null || prefix.isBlank() || sequence < 1) {
            throw new IllegalArgumentException("a document number needs a prefix and a sequence ≥ 1");
        }
    }

    public String text() {
        return prefix + "〔" + year + "〕" + sequence + "号";
    }

    /**
     * The prefix when the jurisdiction sets none: the first character of its name without the division's ending,
     * and 应急通报 (泽州县 → 泽应急通报). Short names that provinces use (晋 for 山西) are set per jurisdiction.
     */
    public static String defaultPrefix(String jurisdictionName) {
        String name = jurisdictionName == null ? "" : jurisdictionName.strip();
        for (String ending : ENDINGS) {
            if (name.length() > ending.length() && name.endsWith(ending)) {
                name = name.substring(0, name.length() - ending.length());
                break;
            }
        }
        return (name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1))) + "应急通报";
    }
}
