package org.hazwatch.platform.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a feature's entry class: the public API other features call (besides the feature's records, enums, events
 * and refusals). The web may call another feature only through its entry classes (ArchitectureTest); a feature
 * has one, or a few where it serves distinct readers (commitments and the regulators' commitment board).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EntryClass {
}
