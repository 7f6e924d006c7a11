package org.hazwatch.gateway;

/**
 * The batch's fate is unknown or the platform could not take it now (no connection, time-out, 5xx, 401, 413):
 * keep it queued and try again later.
 */
class SinkUnavailableException extends Exception {

    SinkUnavailableException(String message) {
        super(message);
    }

    SinkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
