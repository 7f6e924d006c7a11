package org.hazwatch.platform.support;

/**
 * Values from outside (user names, gateway codes, topics, client ids) made safe to put in a log line (CWE-117): a
 * control character — CR and LF above all, which would start a forged line of its own — is written as its escape
 * ({@code \r}, {@code \n}, {@code \u0000}), and a value longer than {@value #MAX} characters is cut with "…".
 */
public final class LogSafe {

    static final int MAX = 200;

    private LogSafe() {
    }

    /** The value as it may appear in a log message; {@code null} stays {@code "null"}. */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int length = Math.min(text.length(), MAX);
        StringBuilder safe = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (safe == null) {
                    safe = new StringBuilder(length + 16).append(text, 0, i);
                }
                safe.append(switch (c) {
                    case '\r' -> "\\r";
                    case '\n' -> "\\n";
                    case '\t' -> "\\t";
                    default -> "\\u%04x".formatted((int) c);
                });
            } else if (safe != null) {
                safe.append(c);
            }
        }
        String result = safe == null ? text.substring(0, length) : safe.toString();
        return text.length() > MAX ? result + "…" : result;
    }

    /**
     * A user name as it may be stored where the column holds at most {@code max} characters (the audit log): control
     * characters (NUL above all, which PostgreSQL refuses) become {@code ?}, and the name is cut to {@code max}.
     */
    public static String stored(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && clean.length() < max; i++) {
            char c = value.charAt(i);
            clean.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        }
        return clean.toString();
    }
}
