package org.hazwatch.platform.warning.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the factors' sentences write numbers, durations and times (zh-CN, times in the zone asked for). */
final class Texts {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Texts() {
    }

    /** Four significant digits, no trailing zeros: 2.05, 49.8, 2950. */
    static String number(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String withUnit(double value, String unit) {
        return number(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    /** 25 分钟, 2 小时 5 分钟, 3 天. */
    static String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " 分钟";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " 小时" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " 分钟");
        }
        return minutes / (24 * 60) + " 天";
    }

    static String dayTime(Instant at, ZoneId zone) {
        return DAY_TIME.format(at.atZone(zone));
    }

    static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }

    static String level(Integer level) {
        return switch (level) {
            case 1 -> "一级";
            case 2 -> "二级";
            case 3 -> "三级";
            default -> "四级";
        };
    }
}
