package org.hazwatch.platform.notify.rules;

/**
 * A notification's texts in zh-CN.
 *
 * @param subject e-mail subject, robot title, feed headline
 * @param text    the long form: e-mail body and robot markdown
 * @param smsText the compact form for a short message
 */
public record Message(String subject, String text, String smsText) {
}
