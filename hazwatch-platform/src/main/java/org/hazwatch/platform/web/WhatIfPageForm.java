package org.hazwatch.platform.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.hazwatch.platform.alarm.LimitChangeRequest;
import org.hazwatch.platform.alarm.WhatIf;

/**
 * The what-if form (报警回放) as the browser sends it: the window in the platform's zone ({@code 2026-12-05T08:00}),
 * the proposed limits (blank: not set), deadband and delays, and for applying the reason. Everything is text, so
 * what was typed comes back as typed beside its problem.
 */
record WhatIfPageForm(String from, String to, String ll, String l, String h, String hh, String deadband,
                      String onDelaySeconds, String offDelaySeconds, String reason) {

    /** The form of a point's current settings over the day before {@code now}. */
    static WhatIfPageForm current(WhatIf.Settings s, Instant now, ZoneId zone) {
        LocalDateTime to = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        return new WhatIfPageForm(to.minusDays(1).toString(), to.toString(), shown(s.ll()), shown(s.l()),
                shown(s.h()), shown(s.hh()), shown(s.deadband()), Long.toString(s.onDelaySeconds()),
                Long.toString(s.offDelaySeconds()), null);
    }

    /** The blanks of this form filled from another (a link with only the window, say). */
    WhatIfPageForm or(WhatIfPageForm d) {
        return new WhatIfPageForm(blank(from) ? d.from : from, blank(to) ? d.to : to,
                ll == null ? d.ll : ll, l == null ? d.l : l, h == null ? d.h : h, hh == null ? d.hh : hh,
                blank(deadband) ? d.deadband : deadband, blank(onDelaySeconds) ? d.onDelaySeconds : onDelaySeconds,
                blank(offDelaySeconds) ? d.offDelaySeconds : offDelaySeconds, reason);
    }

    /** The proposal, or its problems in {@code errors} (then null). */
    WhatIf.Proposal proposal(ZoneId zone, Map<String, String> errors) {
        Instant start = time("from", from, zone, errors);
        Instant end = time("to", to, zone, errors);
        Double[] limits = {number("ll", ll, errors), number("l", l, errors), number("h", h, errors),
                number("hh", hh, errors)};
        Double band = number("deadband", deadband, errors);
        Long on = whole("onDelaySeconds", onDelaySeconds, errors);
        Long off = whole("offDelaySeconds", offDelaySeconds, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new WhatIf.Proposal(start, end, new WhatIf.Limits(limits[0], limits[1], limits[2], limits[3]), band,
                on, off);
    }

    /** What applying sends: the proposal's values, the reason and the window replayed. */
    LimitChangeRequest change(WhatIf.Proposal p) {
        WhatIf.Limits limits = p.limits();
        return new LimitChangeRequest(limits.ll(), limits.l(), limits.h(), limits.hh(), p.deadband(),
                p.onDelaySeconds(), p.offDelaySeconds(), reason, p.from(), p.to());
    }

    private static Instant time(String field, String text, ZoneId zone, Map<String, String> errors) {
        if (blank(text)) {
            errors.put(field, "请填写时间");
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "时间格式应为 2026-12-05T08:00");
            return null;
        }
    }

    private static Double number(String field, String text, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, "请输入数字");
        return null;
    }

    private static Long whole(String field, String text, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "请输入整数秒");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String shown(Double v) {
        return v == null ? "" : v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue())
                : Double.toString(v);
    }
}
