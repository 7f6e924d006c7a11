package org.hazwatch.protocol;

import java.util.List;

/**
 * AI-analysis events a gateway forwards (SPEC §10, kind {@code video-events}), in the envelope of readings:
 * {@code {"enterpriseCode","gatewayCode","batchId","events":[{"camera","type","time","confidence","snapshot"}]}}.
 */
public record VideoEvents(String enterpriseCode, String gatewayCode, String batchId, List<VideoEvent> events) {

    public VideoEvents {
        events = events == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(events));
    }
}
