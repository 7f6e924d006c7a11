package org.hazwatch.platform.video;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The meter {@code hazwatch_video_storage_bytes} (issue 20's registry): the bytes of every enterprise's event clips
 * on the platform. Read from the database at the first scrape and after every change (upload, eviction,
 * retention), never per scrape.
 */
@Component
class VideoStorage {

    private final ClipStore store;
    private final AtomicLong bytes = new AtomicLong(-1);

    VideoStorage(ClipStore store, MeterRegistry meters) {
        this.store = store;
        Gauge.builder("hazwatch.video.storage", this, VideoStorage::bytes).baseUnit("bytes")
                .description("bytes of the event clips kept on the platform").register(meters);
    }

    double bytes() {
        long known = bytes.get();
        if (known < 0) {
            known = store.totalBytes();
            bytes.set(known);
        }
        return known;
    }

    /** The clips changed: read the total again. */
    void changed() {
        bytes.set(store.totalBytes());
    }
}
