package org.hazwatch.platform.disposal.rules;

/** The case's state does not allow the step; the message is a zh-CN reason for the person who tried. */
public class HandlingRefused extends RuntimeException {

    public HandlingRefused(String reason) {
        super(reason);
    }
}
