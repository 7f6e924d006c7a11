package org.hazwatch.platform.org.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Codes of chemical parks (化工园区): the 6-digit code of the county or city the park hangs under, {@code P},
 * and a 2-digit serial ({@code 140525P01}). Division codes are digits only, so a park code never collides
 * with one, and an enterprise code's first six digits still name the park's county or city.
 */
public final class ParkCode {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}P\\d{2}");

    private ParkCode() {
    }

    /** The reason {@code code} is not a valid park code under {@code parentCode}, or empty when it is. */
    public static Optional<String> check(String code, String parentCode) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            return Optional.of("园区编码 park code must be 6 digits, P and 2 digits, e.g. 140525P01");
        }
        if (code.endsWith("P00")) {
            return Optional.of("园区编码 park code serial starts at 01");
        }
        if (parentCode != null && !code.startsWith(parentCode)) {
            return Optional.of("园区编码 park code must begin with its parent's code " + parentCode);
        }
        return Optional.empty();
    }
}
