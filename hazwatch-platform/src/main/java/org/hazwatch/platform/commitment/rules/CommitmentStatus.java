package org.hazwatch.platform.commitment.rules;

/** Where an enterprise stands with one day's commitment (承诺情况). */
public enum CommitmentStatus {
    /** 按时承诺: the first version came before the deadline. */
    ON_TIME,
    /** 迟报: the first version came after the deadline. */
    LATE,
    /** 未承诺: the deadline has passed and nothing came. */
    MISSING,
    /** 待承诺: nothing yet, the deadline has not passed. */
    PENDING;

    public boolean committed() {
        return this == ON_TIME || this == LATE;
    }
}
