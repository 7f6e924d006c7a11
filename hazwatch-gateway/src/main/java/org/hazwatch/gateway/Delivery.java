package org.hazwatch.gateway;

import org.hazwatch.protocol.IngestReply;

/** What became of a batch the platform answered: it may leave the queue either way. */
sealed interface Delivery {

    /** HTTP 200: the platform stored it; the reply counts duplicates and lists rejected readings. */
    record Stored(IngestReply reply) implements Delivery {
    }

    /** MQTT PUBACK (QoS 1): the broker holds it for the platform; no counts come back on this path. */
    record Published() implements Delivery {
    }

    /**
     * The platform refused the batch as such (a 4xx other than 401 and 413): sending it again would be refused
     * again, so it goes to the dead-letter file.
     */
    record Refused(int status, String reason) implements Delivery {
    }
}
