package org.hazwatch.platform.video.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which cameras are watched live (视频调阅, SPEC §11): a camera is watched from the moment a person opens it until
 * {@code stopAfter} (60 s) after its playlist was last fetched. A player fetches the playlist every segment or
 * two, so the last fetch is the last viewer's; a viewer who never fetches still holds the camera for that long.
 * Not thread-safe: its owner serialises calls.
 */
public final class LiveViewing {

    /** SPEC §11: streaming stops 60 seconds after the last viewer left. */
    public static final Duration STOP_AFTER = Duration.ofSeconds(60);

    private final Duration stopAfter;
    private final Map<String, Watched> watched = new HashMap<>();

    public LiveViewing(Duration stopAfter) {
        this.stopAfter = stopAfter;
    }

    /** A camera and its enterprise, as long as someone watches it. */
    public record Watched(String camera, String enterprise, Instant lastViewed) {
    }

    /** A person opened the camera: it is watched from now on; true when it was not watched before. */
    public boolean open(String camera, String enterprise, Instant now) {
        return watched.put(camera, new Watched(camera, enterprise, now)) == null;
    }

    /** A viewer fetched the camera's playlist; false, and nothing changes, when the camera is not watched. */
    public boolean viewed(String camera, Instant now) {
        return watched.computeIfPresent(camera, (code, w) -> new Watched(code, w.enterprise(),
                now.isAfter(w.lastViewed()) ? now : w.lastViewed())) != null;
    }

    public Optional<Watched> watched(String camera) {
        return Optional.ofNullable(watched.get(camera));
    }

    /** The cameras of an enterprise that are watched, in code order. */
    public List<String> watchedOf(String enterprise) {
        return watched.values().stream().filter(w -> w.enterprise().equals(enterprise)).map(Watched::camera)
                .sorted().toList();
    }

    /** The cameras nobody viewed for {@code stopAfter} or longer; they are no longer watched. */
    public List<Watched> leave(Instant now) {
        List<Watched> left = new ArrayList<>();
        watched.values().removeIf(w -> {
            boolean idle = !now.isBefore(w.lastViewed().plus(stopAfter));
            if (idle) {
                left.add(w);
            }
            return idle;
        });
        return left;
    }
}
