package org.hazwatch.platform.web;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.filing.rules.FilingType;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The zh-CN names that live on their owners' enums (报警级别 on {@link Severity}, 包保责任人 on {@link CustodyRole},
 * 报备类型 on {@link FilingType}), answered under the pages' message keys. It is the parent of the message bundles:
 * an English page finds the key in {@code messages_en.properties}, a zh-CN page falls through to here, so each zh-CN
 * name is written once — where the notifications and the warning factors read it too.
 */
final class EnumLabels extends AbstractMessageSource {

    private final Map<String, String> labels = new HashMap<>();

    EnumLabels() {
        for (Severity s : Severity.values()) {
            labels.put("alarm.severity." + s.name(), s.label());
        }
        for (Severity s : List.of(Severity.HH, Severity.H, Severity.L, Severity.LL)) {
            labels.put("band." + s.name(), s.label());
        }
        for (CustodyRole r : CustodyRole.values()) {
            labels.put("custody.role." + r.name(), r.label());
        }
        for (FilingType t : FilingType.values()) {
            labels.put("filing.type." + t.name(), t.label());
        }
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return labels.get(code);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String label = labels.get(code);
        return label == null ? null : createMessageFormat(label, locale);
    }
}
