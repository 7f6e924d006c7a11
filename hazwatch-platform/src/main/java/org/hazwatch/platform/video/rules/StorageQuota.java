package org.hazwatch.platform.video.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * An enterprise's video storage quota (视频存储): when a clip's next file would take the enterprise over its quota,
 * its oldest stored clips make room, oldest first, as an NVR overwrites its oldest recording — the newest evidence
 * is kept. The clip being uploaded is never evicted for itself; a file that does not fit even when every other clip
 * has gone is refused.
 */
public final class StorageQuota {

    /** A stored clip and its size. */
    public record Stored(String id, long bytes) {
    }

    /** The clips to evict (oldest first), or refused when even that would not make room. */
    public record Room(List<String> evict, boolean refused) {
    }

    private StorageQuota() {
    }

    /**
     * @param used       the enterprise's bytes now, every clip counted (also the one being uploaded)
     * @param incoming   the bytes of the file about to be stored
     * @param quota      the enterprise's quota in bytes
     * @param oldestFirst the enterprise's stored clips other than the one being uploaded, oldest first
     */
    public static Room makeRoom(long used, long incoming, long quota, List<Stored> oldestFirst) {
        long over = used + incoming - quota;
        List<String> evict = new ArrayList<>();
        for (Stored clip : oldestFirst) {
            if (over <= 0) {
                break;
            }
            evict.add(clip.id());
            over -= clip.bytes();
        }
        return over > 0 ? new Room(List.of(), true) : new Room(List.copyOf(evict), false);
    }

    /** The share of the quota used, in percent (may exceed 100 after the quota was lowered). */
    public static double percent(long used, long quota) {
        return quota <= 0 ? 0 : used * 100.0 / quota;
    }
}
