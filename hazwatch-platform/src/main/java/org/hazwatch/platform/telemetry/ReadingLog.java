package org.hazwatch.platform.telemetry;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The durable log of readings (实时数据存储). Appends from many requests are grouped into one transaction by a
 * single writer; the future completes only after the readings are committed, so a caller acknowledges nothing that
 * could still be lost. It fails when the group could not be committed (nothing of it is stored).
 */
public interface ReadingLog {

    CompletableFuture<AppendOutcome> append(List<NewReading> readings);
}
