package org.hazwatch.gateway;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;

/** Writes each batch as one line of wire JSON: what would be sent, byte for byte. Heartbeats are left out. */
final class JsonLinesSink implements ReadingSink {

    private final PrintWriter out;

    JsonLinesSink(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Delivery send(ReadingBatch batch) {
        out.println(new String(WireJson.encode(batch), StandardCharsets.UTF_8));
        out.flush();
        return new Delivery.Published();
    }

    @Override
    public void heartbeat(Heartbeat heartbeat) {
    }
}
