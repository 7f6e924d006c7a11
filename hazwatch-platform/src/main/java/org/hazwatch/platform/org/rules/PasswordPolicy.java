package org.hazwatch.platform.org.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password policy (等保 2.0 level 3, 身份鉴别): at least {@value #MIN_LENGTH} characters, at least three of the four
 * classes (lower-case, upper-case, digits, other characters), not containing the user name. That a password does not
 * repeat one of the last few is checked where the history is ({@code PasswordChanges}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;

    private PasswordPolicy() {
    }

    /** What is wrong with the password; empty when it meets the policy. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("at least " + MIN_LENGTH + " characters");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("at most " + MAX_LENGTH + " characters");
        }
        if (classes(password) < MIN_CLASSES) {
            problems.add("at least " + MIN_CLASSES + " of: lower-case letters, upper-case letters, digits, "
                    + "other characters");
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("must not contain the user name");
        }
        return problems;
    }

    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
