package org.hazwatch.gateway;

import org.hazwatch.protocol.ReadingBatch;

/** Where a gateway delivers its batches: standard output for a dry run, the platform over HTTP or MQTT. */
interface ReadingSink {

    void send(ReadingBatch batch);
}
