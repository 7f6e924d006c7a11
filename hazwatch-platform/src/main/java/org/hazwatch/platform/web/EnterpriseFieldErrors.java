package org.hazwatch.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;

/**
 * The features' field problems as the forms show them: by field (the JSON path's last part, so
 * {@code operations.confinedSpace} is the form's {@code confinedSpace}), in zh-CN where the reason is a known one.
 */
final class EnterpriseFieldErrors {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("required", "必填"),
            Map.entry("must not be negative", "不能为负数"),
            Map.entry("units in trial production are running units", "试生产装置属于运行装置，不能多于运行套数"),
            Map.entry("a commitment is made on its day, not before", "不能提前承诺"),
            Map.entry("a shelved alarm needs a reason", "请填写搁置原因"),
            Map.entry("must lie in the next 7 days", "搁置时长须在 7 天以内"));

    private static final Pattern UNIT_SUM = Pattern.compile(
            "running \\+ stopped \\+ under maintenance is (\\d+), not the total (\\d+)");

    private EnterpriseFieldErrors() {
    }

    static Map<String, String> of(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem p : e.problems()) {
            String field = p.field() == null ? "" : p.field().substring(p.field().lastIndexOf('.') + 1);
            errors.merge(field, zh(p.reason()), (a, b) -> a + "；" + b);
        }
        return errors;
    }

    static String zh(String reason) {
        if (reason == null) {
            return "";
        }
        Matcher sum = UNIT_SUM.matcher(reason);
        if (sum.matches()) {
            return "运行 + 停车 + 检修为 " + sum.group(1) + " 套，与装置总数 " + sum.group(2) + " 不符";
        }
        return KNOWN.getOrDefault(reason, reason);
    }
}
