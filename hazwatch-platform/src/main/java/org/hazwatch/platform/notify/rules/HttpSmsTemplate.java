package org.hazwatch.platform.notify.rules;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code ${name}} placeholders, as the HTTP SMS gateway's URL, headers and body are configured.
 * A value is escaped for where it lands ({@link #json}, {@link #url}, {@link #header}); {@code ${name|json}} first
 * JSON-escapes it once more, for a JSON document carried inside a JSON string or a form field (Aliyun's
 * {@code TemplateParam}). An unknown name is an error, so a typo in the configuration fails loudly, not silently.
 */
public final class HttpSmsTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)(\\|json)?}");

    private final String text;

    public HttpSmsTemplate(String text) {
        this.text = text == null ? "" : text;
    }

    /** The text with every placeholder replaced by its value, escaped by {@code escape}. */
    public String render(Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("unknown placeholder ${" + name + "} in " + text);
            }
            String value = values.get(name) == null ? "" : values.get(name);
            if (matcher.group(2) != null) {
                value = json(value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The characters of a JSON string's content (RFC 8259 §7), without the quotes. */
    public static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Percent-encoded as a query or form value (UTF-8). */
    public static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A header value cannot carry line breaks; they would start a new header. */
    public static String header(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
