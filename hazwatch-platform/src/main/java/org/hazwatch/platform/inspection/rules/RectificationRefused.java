package org.hazwatch.platform.inspection.rules;

/** A step the order's state does not allow (answering a closed order, accepting an open one). */
public class RectificationRefused extends RuntimeException {

    public RectificationRefused(String message) {
        super(message);
    }
}
