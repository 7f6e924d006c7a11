package org.hazwatch.platform.video;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.ingest.GatewayKey;
import org.hazwatch.platform.ingest.IngestRefusedException;
import org.hazwatch.platform.video.rules.StorageQuota;
import org.hazwatch.protocol.LiveVideo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A gateway delivers an ordered clip (SPEC §11): its segments, then its VOD playlist, which completes it. Only the
 * enterprise's own gateway may (403), only while the clip is awaited (409). Each segment is held against the
 * enterprise's quota first ({@link StorageQuota}: its oldest clips make room; a file that cannot fit is refused
 * with 507 and the clip is lost). Uploads are serialised: quota arithmetic must not race.
 */
@Service
class ClipUploads {

    private static final Logger log = LoggerFactory.getLogger(ClipUploads.class);

    private final ClipStore store;
    private final ClipFiles files;
    private final StorageSettings storage;
    private final VideoStorage meter;
    private final Clock clock;

    ClipUploads(ClipStore store, ClipFiles files, StorageSettings storage, VideoStorage meter, Clock clock) {
        this.store = store;
        this.files = files;
        this.storage = storage;
        this.meter = meter;
        this.clock = clock;
    }

    synchronized void upload(GatewayKey gateway, String clipId, String file, byte[] body) {
        upload(gateway, clipId, file, body, storage.quotaPerEnterprise().toBytes());
    }

    /** As above with a given quota (tests hold a small one against the same code). */
    synchronized void upload(GatewayKey gateway, String clipId, String file, byte[] body, long quota) {
        if (!LiveVideo.CLIP_ID.matcher(clipId).matches()) {
            throw new IngestRefusedException(HttpStatus.NOT_FOUND, "clip", "no such clip");
        }
        ClipStore.Clip clip = store.one(UUID.fromString(clipId))
                .orElseThrow(() -> new IngestRefusedException(HttpStatus.NOT_FOUND, "clip", "no such clip"));
        if (!clip.enterpriseCode().equals(gateway.enterpriseCode())) {
            throw new IngestRefusedException(HttpStatus.FORBIDDEN, "clip", "not this gateway's clip");
        }
        if (!LiveVideo.FILE.matcher(file).matches()) {
            throw new IngestRefusedException(HttpStatus.BAD_REQUEST, "file", "neither index.m3u8 nor a .ts segment");
        }
        if (clip.state() != ClipStore.State.ORDERED) {
            throw new IngestRefusedException(HttpStatus.CONFLICT, "clip", "the clip is not awaited: " + clip.state());
        }
        if (LiveVideo.PLAYLIST.equals(file)) {
            complete(clip, body);
        } else {
            segment(clip, file, body, quota);
        }
        meter.changed();
    }

    private void segment(ClipStore.Clip clip, String file, byte[] body, long quota) {
        long used = store.bytesOf(clip.enterpriseCode()) - clip.bytes() + files.size(clip.enterpriseCode(), clip.id());
        List<ClipStore.Clip> others = store.storedOldestFirst(clip.enterpriseCode(), clip.id());
        StorageQuota.Room room = StorageQuota.makeRoom(used, body.length, quota,
                others.stream().map(c -> new StorageQuota.Stored(c.id().toString(), c.bytes())).toList());
        if (room.refused()) {
            files.delete(clip.enterpriseCode(), clip.id());
            store.lost(clip.id(), "超出存储配额");
            throw new IngestRefusedException(HttpStatus.INSUFFICIENT_STORAGE, "body",
                    "the enterprise's video quota (" + quota + " bytes) cannot hold this clip");
        }
        Set<String> evict = Set.copyOf(room.evict());
        for (ClipStore.Clip old : others) {
            if (evict.contains(old.id().toString())) {
                files.delete(old.enterpriseCode(), old.id());
                store.delete(old.id());
                log.info("clip {} of {} evicted for the quota: oldest first", old.id(), old.enterpriseCode());
            }
        }
        store.bytes(clip.id(), files.store(clip.enterpriseCode(), clip.id(), file, body));
    }

    /** The VOD playlist: it must name only segments delivered; none at all means the gateway had no recording. */
    private void complete(ClipStore.Clip clip, byte[] body) {
        String playlist = new String(body, StandardCharsets.UTF_8);
        if (!playlist.startsWith("#EXTM3U") || !playlist.contains("#EXT-X-ENDLIST")) {
            throw new IngestRefusedException(HttpStatus.BAD_REQUEST, "body", "not a complete VOD playlist");
        }
        Set<String> named = LiveWindow.named(playlist);
        for (String segment : named) {
            if (!LiveVideo.FILE.matcher(segment).matches() || LiveVideo.PLAYLIST.equals(segment)
                    || files.file(clip.enterpriseCode(), clip.id(), segment).isEmpty()) {
                throw new IngestRefusedException(HttpStatus.BAD_REQUEST, "body", "names a segment not uploaded: "
                        + segment);
            }
        }
        if (named.isEmpty()) {
            files.delete(clip.enterpriseCode(), clip.id());
            store.lost(clip.id(), "网关无此时段录像");
            return;
        }
        double seconds = playlist.lines().filter(l -> l.startsWith("#EXTINF:")).mapToDouble(ClipUploads::seconds)
                .sum();
        long bytes = files.store(clip.enterpriseCode(), clip.id(), LiveVideo.PLAYLIST, body);
        store.stored(clip.id(), bytes, named.size(), seconds, clock.instant());
        log.info("clip {} of camera {} stored: {} segments, {} s, {} bytes", clip.id(), clip.camera(), named.size(),
                seconds, bytes);
    }

    private static double seconds(String extinf) {
        String value = extinf.substring("#EXTINF:".length());
        int comma = value.indexOf(',');
        try {
            return Double.parseDouble((comma < 0 ? value : value.substring(0, comma)).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
