package org.hazwatch.platform.bulletin.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a bulletin writes what a report holds: a rate (a fraction 0..1) as a percentage with one decimal, a whole
 * number as it is, another number with at most two decimals, nothing as "—"; sections numbered 一、二、….
 */
public final class Figures {

    private static final String DIGITS = "零一二三四五六七八九";

    private Figures() {
    }

    public static String shown(Object cell, boolean rate) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof Number n) {
            BigDecimal value = new BigDecimal(n.toString());
            if (rate) {
                return value.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            }
            BigDecimal two = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            return two.scale() < 0 ? two.setScale(0).toPlainString() : two.toPlainString();
        }
        return cell.toString();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (bulletins have fewer than a hundred sections). */
    public static String chineseNumeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("section numbers run from 1 to 99: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : DIGITS.charAt(ones));
    }
}
