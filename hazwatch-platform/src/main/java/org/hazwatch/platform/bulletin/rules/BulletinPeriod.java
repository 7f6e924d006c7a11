package org.hazwatch.platform.bulletin.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a bulletin covers, both inclusive, in the platform's zone. A weekly bulletin covers Monday to Sunday, a
 * monthly one a calendar month (SPEC §9); an ad hoc one any days up to {@link #LONGEST_DAYS}.
 */
public record BulletinPeriod(PeriodKind kind, LocalDate from, LocalDate to) {

    /** A year and a day: longer periods are the yearly report's business, not a bulletin's. */
    public static final int LONGEST_DAYS = 366;

    /** The week before the one {@code today} lies in: Monday to Sunday. */
    public static BulletinPeriod weekBefore(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return new BulletinPeriod(PeriodKind.WEEK, monday, monday.plusDays(6));
    }

    /** The calendar month before the one {@code today} lies in. */
    public static BulletinPeriod monthBefore(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new BulletinPeriod(PeriodKind.MONTH, first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /**
     * The problems of a requested period, in zh-CN (empty when it is fine): a week must be Monday–Sunday and a
     * month a whole calendar month, so that the same period always has the same figures; nothing may end after
     * {@code today}.
     */
    public static List<String> problems(PeriodKind kind, LocalDate from, LocalDate to, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (kind == null || from == null || to == null) {
            if (kind == null) {
                problems.add("period: 须为 WEEK、MONTH 或 CUSTOM");
            }
            if (from == null) {
                problems.add("from: 须为日期 YYYY-MM-DD");
            }
            if (to == null) {
                problems.add("to: 须为日期 YYYY-MM-DD");
            }
            return problems;
        }
        if (to.isBefore(from)) {
            problems.add("to: 不得早于开始日期");
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST_DAYS) {
            problems.add("to: 通报期间不得超过 " + LONGEST_DAYS + " 天");
        }
        if (to.isAfter(today)) {
            problems.add("to: 不得晚于今天（" + today + "）");
        }
        if (kind == PeriodKind.WEEK && (from.getDayOfWeek() != DayOfWeek.MONDAY || !to.equals(from.plusDays(6)))) {
            problems.add("from: 周报须为周一至周日");
        }
        if (kind == PeriodKind.MONTH && (from.getDayOfMonth() != 1
                || !to.equals(from.with(TemporalAdjusters.lastDayOfMonth())))) {
            problems.add("from: 月报须为一个完整的自然月");
        }
        return problems;
    }

    /** How the period reads in a title: 2026年11月, 2026年11月23日至29日, 2026年11月3日至12月2日. */
    public String label() {
        if (kind == PeriodKind.MONTH) {
            return from.getYear() + "年" + from.getMonthValue() + "月";
        }
        String start = from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日";
        if (from.equals(to)) {
            return start;
        }
        String end = (to.getYear() != from.getYear() ? to.getYear() + "年" : "")
                + (to.getYear() != from.getYear() || to.getMonthValue() != from.getMonthValue()
                ? to.getMonthValue() + "月" : "")
                + to.getDayOfMonth() + "日";
        return start + "至" + end;
    }
}
