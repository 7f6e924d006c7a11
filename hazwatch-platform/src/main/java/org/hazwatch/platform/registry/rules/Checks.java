package org.hazwatch.platform.registry.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem of a document, each at its JSON path; the small format checks the validators share. */
final class Checks {

    private static final Pattern CAS = Pattern.compile("(\\d{2,7})-(\\d{2})-(\\d)");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9][0-9 -]{5,18}[0-9]");
    /** GB 32100-2015: 18 characters from the digits and capitals without I, O, S, V, Z. */
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private final List<DocumentProblem> problems = new ArrayList<>();

    void add(String path, String reason) {
        problems.add(new DocumentProblem(path, reason));
    }

    List<DocumentProblem> problems() {
        return List.copyOf(problems);
    }

    void required(String path, String value) {
        if (value == null || value.isBlank()) {
            add(path, "is missing");
        }
    }

    void required(String path, Object value) {
        if (value == null) {
            add(path, "is missing");
        }
    }

    void notNegative(String path, Double value) {
        if (value != null && (value < 0 || value.isNaN() || value.isInfinite())) {
            add(path, "must not be negative, not " + show(value));
        }
    }

    void positive(String path, Double value) {
        if (value != null && !(value > 0 && !value.isInfinite())) {
            add(path, "must be greater than 0, not " + show(value));
        }
    }

    /** A CAS registry number with its check digit (the last digit). */
    void cas(String path, String value) {
        if (value == null || value.isBlank()) {
            add(path, "is missing");
            return;
        }
        var m = CAS.matcher(value);
        if (!m.matches()) {
            add(path, "CAS number " + value + " must look like 7782-50-5");
            return;
        }
        String digits = m.group(1) + m.group(2);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.length() - i) * (digits.charAt(i) - '0');
        }
        if (sum % 10 != m.group(3).charAt(0) - '0') {
            add(path, "CAS number " + value + " has a wrong check digit");
        }
    }

    void phone(String path, String value) {
        if (value != null && !PHONE.matcher(value).matches()) {
            add(path, "phone number " + value + " must be 7 to 20 digits, spaces or dashes");
        }
    }

    void creditCode(String path, String value) {
        if (value != null && !CREDIT_CODE.matcher(value).matches()) {
            add(path, "统一社会信用代码 must be 18 characters (GB 32100-2015), not " + value);
        }
    }

    static String show(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
