package org.hazwatch.gateway;

import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.ReadingBatch;

/**
 * Where a gateway delivers its batches: standard output for a dry run, the platform over HTTP or MQTT.
 * A sink answers with what became of the batch, or throws {@link SinkUnavailableException} when it cannot tell —
 * then the batch is sent again, under the same id.
 */
interface ReadingSink extends AutoCloseable {

    Delivery send(ReadingBatch batch) throws SinkUnavailableException;

    void heartbeat(Heartbeat heartbeat) throws SinkUnavailableException;

    @Override
    default void close() {
    }
}
