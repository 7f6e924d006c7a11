package org.hazwatch.platform.web;

import java.util.Locale;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.context.MessageSource;

/** Rows of the live list, for the page's first render and for the live feed alike; {@code at} as {@link Shown}. */
final class LiveRows {

    private LiveRows() {
    }

    static Overview.LiveRow alarm(String id, String enterpriseCode, String enterpriseName, String pointCode,
                                  Severity severity, Priority priority, String at, MessageSource messages,
                                  Locale locale) {
        String what = messages.getMessage("live.alarm", null, "报警", locale) + " · "
                + (pointCode == null ? messages.getMessage("live.enterprise", null, "企业", locale) : pointCode);
        return new Overview.LiveRow(id, "alarm", enterpriseCode, enterpriseName == null ? enterpriseCode
                : enterpriseName, what, severity.label(), "p-" + priority.name().toLowerCase(Locale.ROOT), at);
    }

    static Overview.LiveRow warning(String id, String enterpriseCode, String enterpriseName, String hazardSourceCode,
                                    WarningLevel level, String at, MessageSource messages, Locale locale) {
        String levelName = messages.getMessage("warning.level." + level.name(), null, level.colour(), locale);
        String what = messages.getMessage("live.warning", null, "预警", locale)
                + (hazardSourceCode == null ? "" : " · " + hazardSourceCode);
        return new Overview.LiveRow(id, "warning", enterpriseCode, enterpriseName == null ? enterpriseCode
                : enterpriseName, what, levelName, "w-" + level.name().toLowerCase(Locale.ROOT), at);
    }
}
