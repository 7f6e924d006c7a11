package org.hazwatch.platform.alarm.rules;

/** Why an episode changed (报警状态变化原因); every one is recorded with its time and actor. */
public enum TransitionKind {
    RAISED,
    SEVERITY_CHANGED,
    CLEARED,
    ACKNOWLEDGED,
    SHELVED,
    UNSHELVED,
    SUPPRESSED,
    UNSUPPRESSED,
    REMOVED_FROM_SERVICE,
    RETURNED_TO_SERVICE;

    static TransitionKind covering(Cover cover) {
        return switch (cover) {
            case SHELVED -> SHELVED;
            case SUPPRESSED -> SUPPRESSED;
            case OUT_OF_SERVICE -> REMOVED_FROM_SERVICE;
            case NONE -> throw new IllegalArgumentException("nothing covers");
        };
    }

    static TransitionKind uncovering(Cover cover) {
        return switch (cover) {
            case SHELVED -> UNSHELVED;
            case SUPPRESSED -> UNSUPPRESSED;
            case OUT_OF_SERVICE -> RETURNED_TO_SERVICE;
            case NONE -> throw new IllegalArgumentException("nothing was covering");
        };
    }
}
