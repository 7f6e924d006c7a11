package org.hazwatch.platform.support;

/**
 * Objects another platform forwarded to this one (cascade, SPEC §12), kept by the cascade feature: read-only here,
 * so a feature asked to change an object it does not have answers "forwarded, read-only" (403) instead of 404.
 */
public interface ForwardedCopies {

    /**
     * Whether another platform forwarded the object here.
     *
     * @param kind the cascade's kind: WARNING, HANDLING_STEP, COMMITMENT, CUSTODY_CHECK, FILING, …
     */
    boolean forwarded(String kind, String objectId);
}
