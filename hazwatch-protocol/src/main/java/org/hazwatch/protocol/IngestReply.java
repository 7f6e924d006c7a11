package org.hazwatch.protocol;

import java.util.List;

/**
 * The platform's answer to a batch (SPEC §10): how many readings were stored, how many it already had, and the
 * ones it refused. {@code accepted + duplicates + rejected.size()} is the batch's size.
 */
public record IngestReply(int accepted, int duplicates, List<RejectedReading> rejected) {

    public IngestReply {
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
}
