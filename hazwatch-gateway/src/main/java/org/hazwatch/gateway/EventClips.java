package org.hazwatch.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hazwatch.protocol.GatewayOrder;
import org.hazwatch.protocol.LiveVideo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event clips ordered by the platform (CLIP, SPEC §11): each waits until its {@code to} is recorded, then its
 * segments go up with signed PUTs and, last, the VOD playlist that completes it. The platform repeats the order
 * until the clip is complete; a clip done or refused here is not uploaded again.
 */
final class EventClips {

    private static final Logger log = LoggerFactory.getLogger(EventClips.class);
    private static final int REMEMBERED = 1000;

    private final SegmentUploads uploads;
    private final Function<String, Optional<Recording>> recordings;
    private final Duration segment;
    private final Clock clock;
    private final Map<String, GatewayOrder> pending = new ConcurrentHashMap<>();
    private final Set<String> done = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });
    private volatile long clipsUploaded;

    EventClips(SegmentUploads uploads, Function<String, Optional<Recording>> recordings, Duration segment,
               Clock clock) {
        this.uploads = uploads;
        this.recordings = recordings;
        this.segment = segment;
        this.clock = clock;
    }

    /** Takes a CLIP order in (again: the same order twice is once). */
    void order(GatewayOrder order) {
        if (order.clip() == null || order.from() == null || order.to() == null
                || !LiveVideo.CLIP_ID.matcher(order.clip()).matches()) {
            log.warn("a CLIP order without a valid clip id or window: {}", order);
            return;
        }
        synchronized (done) {
            if (done.contains(order.clip())) {
                return;
            }
        }
        pending.putIfAbsent(order.clip(), order);
    }

    /** Clips completed on the platform so far. */
    long clipsUploaded() {
        return clipsUploaded;
    }

    /** Uploads every clip whose window is recorded by now. */
    void uploadDue() {
        for (GatewayOrder order : List.copyOf(pending.values())) {
            try {
                if (due(order)) {
                    upload(order);
                }
            } catch (IOException e) {
                log.debug("clip {}: upload failed, trying again: {}", order.clip(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean due(GatewayOrder order) throws IOException {
        Instant to = order.to().toInstant();
        Instant now = clock.instant();
        if (now.isBefore(to)) {
            return false;
        }
        Optional<Recording> recording = recordings.apply(order.camera());
        if (recording.isPresent()) {
            List<ClipCut.Segment> recorded = recording.get().segments();
            if (!recorded.isEmpty() && !recorded.get(recorded.size() - 1).end().isBefore(to)) {
                return true;
            }
        }
        // the segment holding `to` is not closed yet: wait for it, but not for ever
        return now.isAfter(to.plus(segment.multipliedBy(2)).plusSeconds(5));
    }

    private void upload(GatewayOrder order) throws IOException, InterruptedException {
        Optional<Recording> recording = recordings.apply(order.camera());
        List<ClipCut.Segment> covering = recording.isEmpty() ? List.of()
                : ClipCut.covering(recording.get().segments(), order.from().toInstant(), order.to().toInstant());
        List<ClipCut.Segment> sent = new ArrayList<>();
        for (ClipCut.Segment s : covering) {
            Optional<byte[]> content = recording.get().read(s.file());
            if (content.isEmpty()) {
                continue;
            }
            if (!accepted(order, uploads.putClip(order.clip(), ClipCut.clipFile(sent.size()), content.get()))) {
                return;
            }
            sent.add(s);
        }
        byte[] playlist = ClipCut.vodPlaylist(sent).getBytes(StandardCharsets.UTF_8);
        if (accepted(order, uploads.putClip(order.clip(), LiveVideo.PLAYLIST, playlist))) {
            finish(order);
            clipsUploaded++;
            log.info("clip {} of camera {} uploaded: {} segments", order.clip(), order.camera(), sent.size());
        }
    }

    /** 2xx goes on; a refusal (the clip is complete or given up, not ours, over the quota) ends the clip here. */
    private boolean accepted(GatewayOrder order, int status) throws IOException {
        if (status / 100 == 2) {
            return true;
        }
        if (status == 409 || status == 403 || status == 401 || status == 404 || status == 413 || status == 507) {
            log.info("the platform refused clip {} ({}): dropped", order.clip(), status);
            finish(order);
            return false;
        }
        throw new IOException("clip " + order.clip() + ": " + status);
    }

    private void finish(GatewayOrder order) {
        pending.remove(order.clip());
        synchronized (done) {
            done.add(order.clip());
        }
    }
}
