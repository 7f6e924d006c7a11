package org.hazwatch.platform.alarm.rules;

/** A person asked for an operation the episode's state does not allow (e.g. acknowledging it twice). */
public class AlarmOperationRefused extends RuntimeException {

    public AlarmOperationRefused(String reason) {
        super(reason);
    }
}
