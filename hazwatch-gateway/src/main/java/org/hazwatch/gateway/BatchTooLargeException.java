package org.hazwatch.gateway;

/** HTTP 413: the batch is over the contract's limits (SPEC §10); the same readings fit in smaller batches. */
final class BatchTooLargeException extends SinkUnavailableException {

    BatchTooLargeException(String message) {
        super(message);
    }
}
