package org.hazwatch.platform.alarm.rules;

/** Receives the condition changes of an evaluation, in the order they happened. */
@FunctionalInterface
public interface ChangeSink {

    void accept(ConditionChange change);
}
