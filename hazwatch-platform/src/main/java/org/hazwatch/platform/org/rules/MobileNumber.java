package org.hazwatch.platform.org.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland China mobile number (手机号): eleven digits, 1 then 3 to 9 (13x … 19x). */
public final class MobileNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumber() {
    }

    /** Whether the text, stripped, is a mobile number. */
    public static boolean valid(String text) {
        return text != null && MOBILE.matcher(text.strip()).matches();
    }

    /** The number stripped, empty for a blank text; a text that is not a mobile number is refused. */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!valid(text)) {
            throw new IllegalArgumentException("not a mainland mobile number: " + text);
        }
        return Optional.of(text.strip());
    }
}
