package org.hazwatch.platform.cascade.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A city platform to register on the province (docs/CASCADE.md, identity): its code is the six digits of an
 * administrative division (GB/T 2260, as the city's own node), its name is given, and the node it writes under
 * is a six-digit division code. The problems are keyed by field; zh-CN reasons for the person who fills the form.
 */
public record PlatformRegistration(String code, String name, String jurisdiction) {

    private static final int NAME_MAX = 100;

    /** Every problem of the request, field → reason; empty when it may be registered. */
    public List<Map.Entry<String, String>> problems() {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        if (!sixDigits(code)) {
            problems.add(Map.entry("code", "平台编码应为6位行政区划代码"));
        }
        if (name == null || name.isBlank()) {
            problems.add(Map.entry("name", "请填写平台名称"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Map.entry("name", "平台名称不超过" + NAME_MAX + "字"));
        }
        if (!sixDigits(jurisdiction)) {
            problems.add(Map.entry("jurisdiction", "管辖区划应为6位行政区划代码"));
        }
        return problems;
    }

    private static boolean sixDigits(String text) {
        return text != null && text.length() == 6 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
