package org.hazwatch.platform.notify;

/**
 * What a channel made of one attempt.
 *
 * @param providerReference the far side's id for the message (SMPP message id, gateway BizId), if any
 * @param detail            why it failed, in words for the delivery record
 */
public record Delivery(Outcome outcome, String providerReference, String detail) {

    public enum Outcome {
        /** Accepted by the far side; never sent again. */
        DELIVERED,
        /** Not accepted for a reason that may pass (down, timeout, throttled); the dispatcher retries with back-off. */
        RETRY,
        /** Refused for good (bad number, bad credentials); recorded, not retried. */
        REJECTED
    }

    public static Delivery delivered(String providerReference) {
        return new Delivery(Outcome.DELIVERED, providerReference, null);
    }

    public static Delivery retry(String detail) {
        return new Delivery(Outcome.RETRY, null, detail);
    }

    public static Delivery rejected(String detail) {
        return new Delivery(Outcome.REJECTED, null, detail);
    }
}
