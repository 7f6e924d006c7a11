package org.hazwatch.platform.telemetry;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The reading log's work on a request without the database, for {@code IngestRequestBenchmark}: the rows encoded
 * for the binary COPY as the writer encodes them, and the committed readings recorded as live. In the bench
 * module, in telemetry's package, since both steps are the package's own.
 */
public final class DatabaseFreeLog implements ReadingLog {

    /** Nothing restored here, so the directory is never asked for a code's registered instance. */
    private static final PointDirectory NO_DIRECTORY = new PointDirectory() {
        @Override
        public java.util.Optional<PointSpec> point(String code) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.List<PointSpec> pointsOf(String enterpriseCode) {
            return java.util.List.of();
        }

        @Override
        public java.util.List<String> enterpriseCodes() {
            return java.util.List.of();
        }

        @Override
        public java.util.Optional<String> jurisdictionPathOf(String enterpriseCode) {
            return java.util.Optional.empty();
        }
    };

    private final BinaryCopy rows = new BinaryCopy();
    private final LiveReadings live;
    private final Clock clock;

    public DatabaseFreeLog(TelemetrySettings settings, Clock clock) {
        this.live = new LiveReadings(null, NO_DIRECTORY, settings, clock);
        this.clock = clock;
    }

    public LiveReadings live() {
        return live;
    }

    @Override
    public CompletableFuture<AppendOutcome> append(List<NewReading> readings) {
        var receivedAt = clock.instant();
        rows.start();
        readings.forEach(reading -> rows.row(null, reading, receivedAt));
        live.record(readings, receivedAt);
        return CompletableFuture.completedFuture(new AppendOutcome(readings.size(), 0));
    }
}
