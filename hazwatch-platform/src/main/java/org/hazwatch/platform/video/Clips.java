package org.hazwatch.platform.video;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.video.rules.StorageQuota;
import org.hazwatch.protocol.LiveVideo;
import org.springframework.stereotype.Service;

/**
 * Event clips for the pages and the API (SPEC §11): a clip and its files only for those who see its enterprise
 * (404 otherwise, as for a missing one); the clip of an alarm (its camera's, or the cameras filming its point) or
 * of an AI event; each enterprise's storage against its quota.
 */
@Service
@EntryClass
public class Clips {

    private final ClipStore store;
    private final ClipFiles files;
    private final ClipOrders orders;
    private final CameraDirectory cameras;
    private final Registry registry;
    private final StorageSettings storage;
    private final ZoneId zone;

    Clips(ClipStore store, ClipFiles files, ClipOrders orders, CameraDirectory cameras, Registry registry,
          StorageSettings storage, HazwatchProperties hazwatch) {
        this.store = store;
        this.files = files;
        this.orders = orders;
        this.cameras = cameras;
        this.registry = registry;
        this.storage = storage;
        this.zone = hazwatch.zone();
    }

    /** The clip, if the actor sees its enterprise; 404 otherwise. */
    public ClipView one(Actor actor, UUID id, String base) {
        return view(visible(actor, id), base);
    }

    /** A file of a stored clip (its playlist or a segment), if the actor sees the enterprise; 404 otherwise. */
    public Path file(Actor actor, UUID id, String file) {
        ClipStore.Clip clip = visible(actor, id);
        if (clip.state() != ClipStore.State.STORED || !LiveVideo.FILE.matcher(file).matches()) {
            throw new NotFoundException("clip", id + "/" + file);
        }
        return files.file(clip.enterpriseCode(), clip.id(), file)
                .orElseThrow(() -> new NotFoundException("clip", id + "/" + file));
    }

    /** The clips holding the alarm's moment: its camera's (a video alarm), or those of the cameras filming its point. */
    public List<ClipView> ofAlarm(AlarmView alarm, String base) {
        return store.holding(camerasOf(alarm), alarm.raisedAt().toInstant()).stream().map(c -> view(c, base)).toList();
    }

    /** The clips holding an AI event's moment, of its camera. */
    public List<ClipView> ofEvent(VideoEventView event, String base) {
        return store.holding(List.of(event.camera()), event.time().toInstant()).stream().map(c -> view(c, base))
                .toList();
    }

    /** For a list: each alarm's newest clip, by alarm id (alarms without are left out). */
    public Map<UUID, UUID> forAlarms(List<AlarmView> alarms) {
        Map<UUID, List<String>> cameras = new HashMap<>();
        alarms.forEach(a -> cameras.put(a.id(), camerasOf(a)));
        List<ClipStore.Clip> candidates = candidates(cameras.values().stream().flatMap(List::stream).toList(),
                alarms.stream().map(a -> a.raisedAt().toInstant()).toList());
        Map<UUID, UUID> clips = new HashMap<>();
        alarms.forEach(a -> holding(candidates, cameras.get(a.id()), a.raisedAt().toInstant())
                .ifPresent(c -> clips.put(a.id(), c.id())));
        return clips;
    }

    /** For a list: each event's clip, by event id. */
    public Map<Long, UUID> forEvents(List<VideoEventView> events) {
        List<ClipStore.Clip> candidates = candidates(events.stream().map(VideoEventView::camera).toList(),
                events.stream().map(e -> e.time().toInstant()).toList());
        Map<Long, UUID> clips = new HashMap<>();
        events.forEach(e -> holding(candidates, List.of(e.camera()), e.time().toInstant())
                .ifPresent(c -> clips.put(e.id(), c.id())));
        return clips;
    }

    /** The clips a list's moments may fall in: one read spanning the list, not one per row. */
    private List<ClipStore.Clip> candidates(List<String> cameras, List<Instant> moments) {
        if (moments.isEmpty()) {
            return List.of();
        }
        Instant from = moments.stream().min(Instant::compareTo).orElseThrow();
        Instant to = moments.stream().max(Instant::compareTo).orElseThrow();
        return store.overlapping(Set.copyOf(cameras), from, to);
    }

    /** The newest clip of one of the cameras that holds the moment (the candidates come newest first). */
    private static Optional<ClipStore.Clip> holding(List<ClipStore.Clip> candidates, List<String> cameras,
                                                    Instant at) {
        return candidates.stream().filter(c -> cameras.contains(c.camera()) && !c.from().isAfter(at)
                && !c.to().isBefore(at)).findFirst();
    }

    /** Each enterprise's storage within the scope, enterprises with nothing stored too, fullest first. */
    public List<StorageUse> storage(Actor actor, JurisdictionScope scope, String jurisdiction) {
        long quota = storage.quotaPerEnterprise().toBytes();
        Map<String, ClipStore.Usage> used = new HashMap<>();
        store.usage(scope).forEach(u -> used.put(u.enterpriseCode(), u));
        List<StorageUse> rows = new ArrayList<>();
        for (RegisteredEnterprise e : registry.visibleEnterprises(actor, jurisdiction, 0, 2000).items()) {
            ClipStore.Usage u = used.remove(e.code());
            rows.add(use(e.code(), e.name(), u, quota));
        }
        used.values().forEach(u -> rows.add(use(u.enterpriseCode(), registry.enterprise(u.enterpriseCode())
                .map(RegisteredEnterprise::name).orElse(u.enterpriseCode()), u, quota)));
        rows.sort((a, b) -> a.bytes() != b.bytes() ? Long.compare(b.bytes(), a.bytes())
                : a.enterpriseCode().compareTo(b.enterpriseCode()));
        return rows;
    }

    private StorageUse use(String code, String name, ClipStore.Usage u, long quota) {
        long bytes = u == null ? 0 : u.bytes();
        return new StorageUse(code, name, u == null ? 0 : u.clips(), bytes, quota, StorageQuota.percent(bytes, quota),
                u == null || u.oldest() == null ? null : u.oldest().atZone(zone).toOffsetDateTime());
    }

    private List<String> camerasOf(AlarmView alarm) {
        if (alarm.pointCode() == null) {
            return List.of();
        }
        if (cameras.of(alarm.enterpriseCode()).containsKey(alarm.pointCode())) {
            return List.of(alarm.pointCode());
        }
        return registry.point(alarm.pointCode()).map(orders::camerasOf).orElse(List.of());
    }

    private ClipStore.Clip visible(Actor actor, UUID id) {
        return store.one(id).filter(c -> actor.sees(c.enterpriseCode(), c.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("clip", id.toString()));
    }

    private ClipView view(ClipStore.Clip c, String base) {
        return new ClipView(c.id(), c.enterpriseCode(), c.camera(), c.from().atZone(zone).toOffsetDateTime(),
                c.to().atZone(zone).toOffsetDateTime(), c.state().name(), c.reason(), c.bytes(), c.segments(),
                c.seconds(), c.state() == ClipStore.State.STORED ? base + c.id() + "/" + LiveVideo.PLAYLIST : null);
    }

    static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
