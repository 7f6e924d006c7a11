package org.hazwatch.platform.support;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.File;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The shared kernels' meters (issue 20): the free space where the data directory lies (the embedded database,
 * attachments and the broker's store fill it), and the open Server-Sent-Events subscriptions of every live feed.
 * The feeds are registered once every singleton exists, so no feature is created early for its gauge.
 */
@Component
class SupportMeters implements SmartInitializingSingleton {

    private final MeterRegistry meters;
    private final ObjectProvider<SseFanOut.Owner> feeds;

    SupportMeters(MeterRegistry meters, ObjectProvider<SseFanOut.Owner> feeds, HazwatchProperties hazwatch) {
        this.meters = meters;
        this.feeds = feeds;
        File dataDir = hazwatch.dataDir().toAbsolutePath().toFile();
        Gauge.builder("hazwatch.data.disk.free", dataDir, SupportMeters::usable).baseUnit("bytes")
                .description("usable space on the file system of the data directory").register(meters);
        Gauge.builder("hazwatch.data.disk.total", dataDir, SupportMeters::total).baseUnit("bytes")
                .description("size of the file system of the data directory").register(meters);
    }

    @Override
    public void afterSingletonsInstantiated() {
        feeds.orderedStream().map(SseFanOut.Owner::fanOut).forEach(feed ->
                Gauge.builder("hazwatch.sse.subscribers", feed, SseFanOut::size).tag("feed", feed.name())
                        .description("open Server-Sent-Events subscriptions of a live feed").register(meters));
    }

    /** The nearest existing directory's file system: the data directory may not exist yet. */
    private static double usable(File dir) {
        return existing(dir).getUsableSpace();
    }

    private static double total(File dir) {
        return existing(dir).getTotalSpace();
    }

    private static File existing(File dir) {
        File at = dir;
        while (at != null && !at.exists()) {
            at = at.getParentFile();
        }
        return at != null ? at : new File("/");
    }
}
