package org.hazwatch.platform.video;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention job (视频存储, daily): clips ended more than {@code hazwatch.video.clips.keep} (90 days) ago go,
 * files and row; so do live windows that no viewer holds (left behind by a platform stopped while streaming).
 */
@Component
class ClipRetention {

    private static final Logger log = LoggerFactory.getLogger(ClipRetention.class);

    /** What one run removed. */
    record Removed(int clips, long bytes, List<String> liveWindows) {
    }

    private final ClipStore store;
    private final ClipFiles files;
    private final LiveWindow live;
    private final LiveStreams streams;
    private final VideoStorage meter;
    private final ClipSettings settings;
    private final Clock clock;

    ClipRetention(ClipStore store, ClipFiles files, LiveWindow live, LiveStreams streams, VideoStorage meter,
                  ClipSettings settings, Clock clock) {
        this.store = store;
        this.files = files;
        this.live = live;
        this.streams = streams;
        this.meter = meter;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hazwatch.video.clips.retain-every:24h}", initialDelayString = "10m")
    void daily() {
        Removed removed = retain(clock.instant());
        if (removed.clips() > 0 || !removed.liveWindows().isEmpty()) {
            log.info("video retention: {} clips ({} bytes) past {} removed; live windows left behind: {}",
                    removed.clips(), removed.bytes(), settings.keep(), removed.liveWindows());
        }
    }

    /** Removes what is past keeping at {@code now} (tests move the clock this way). */
    Removed retain(Instant now) {
        int clips = 0;
        long bytes = 0;
        for (ClipStore.Clip c : store.endedBefore(now.minus(settings.keep()))) {
            files.delete(c.enterpriseCode(), c.id());
            store.delete(c.id());
            clips++;
            bytes += c.bytes();
        }
        List<String> left = live.cameras().stream().filter(camera -> !streams.watched(camera)).toList();
        left.forEach(live::clear);
        if (clips > 0) {
            meter.changed();
        }
        return new Removed(clips, bytes, left);
    }
}
