package org.hazwatch.platform.video;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.video.CameraStateStore.State;
import org.hazwatch.platform.video.rules.CameraSilence;
import org.hazwatch.platform.video.rules.DutyAbsences;
import org.hazwatch.platform.video.rules.VideoEventType;
import org.springframework.stereotype.Service;

/**
 * Video for the pages, the API and other features (SPEC §11): cameras with their state, AI events with their
 * snapshots, and what the patrol and the warning model take from them. Methods taking an {@link Actor} or a
 * {@link JurisdictionScope} answer only what it sees (another jurisdiction's enterprise is "not found"); the others
 * are for callers that have checked.
 */
@Service
@EntryClass
public class Video {

    private final CameraDirectory cameras;
    private final CameraStateStore states;
    private final VideoEventStore events;
    private final Attachments attachments;
    private final Registry registry;
    private final ZoneId zone;
    private final Clock clock;

    Video(CameraDirectory cameras, CameraStateStore states, VideoEventStore events, Attachments attachments,
          Registry registry, HazwatchProperties hazwatch, Clock clock) {
        this.cameras = cameras;
        this.states = states;
        this.events = events;
        this.attachments = attachments;
        this.registry = registry;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /** The enterprise's cameras in code order with their state now; 404 when the actor does not see it. */
    public List<CameraView> cameras(Actor actor, String enterpriseCode) {
        visible(actor, enterpriseCode);
        return cameras(enterpriseCode);
    }

    /** The same, for callers that checked the actor. */
    public List<CameraView> cameras(String enterpriseCode) {
        return views(enterpriseCode, states.ofEnterprise(enterpriseCode), clock.instant());
    }

    /** How many cameras the enterprise has and how many are online now. */
    public VideoSummary summary(String enterpriseCode) {
        return summary(cameras(enterpriseCode));
    }

    /**
     * Summaries of several enterprises (those without cameras are left out), with one query of the cameras' state
     * for them all: a province's overview asks for thousands, so each is counted without making its views.
     */
    public Map<String, VideoSummary> summaries(List<String> enterpriseCodes) {
        // the camera directory is cached: only enterprises with cameras are asked about
        Map<String, Collection<BaseDataDocument.Camera>> withCameras = new LinkedHashMap<>();
        for (String code : enterpriseCodes) {
            Map<String, BaseDataDocument.Camera> registered = cameras.of(code);
            if (!registered.isEmpty()) {
                withCameras.put(code, registered.values());
            }
        }
        if (withCameras.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, State>> state = states.ofEnterprises(List.copyOf(withCameras.keySet()));
        Instant now = clock.instant();
        Map<String, VideoSummary> summaries = new HashMap<>(withCameras.size() * 2);
        withCameras.forEach((code, registered) -> {
            Map<String, State> of = state.getOrDefault(code, Map.of());
            int online = (int) registered.stream().filter(c -> online(of.get(c.code()), now)).count();
            summaries.put(code, new VideoSummary(registered.size(), online));
        });
        return summaries;
    }

    private static VideoSummary summary(List<CameraView> all) {
        return new VideoSummary(all.size(), (int) all.stream().filter(CameraView::online).count());
    }

    private List<CameraView> views(String enterpriseCode, Map<String, State> state, Instant now) {
        List<CameraView> views = new ArrayList<>();
        cameras.of(enterpriseCode).values().forEach(c -> {
            State s = state.get(c.code());
            views.add(new CameraView(c.code(), c.name(), online(s, now),
                    s == null ? null : s.lastSeen().atZone(zone).toOffsetDateTime()));
        });
        return views;
    }

    private static boolean online(State s, Instant now) {
        return s != null && CameraSilence.online(s.online(), s.lastSeen(), now);
    }

    /** Events newest first within the scope; every filter optional. */
    public List<VideoEventView> events(JurisdictionScope scope, String enterpriseCode, VideoEventType type,
                                       Instant from, Instant to, int limit) {
        return events.list(scope, enterpriseCode, type == null ? null : type.name(), from, to, limit).stream()
                .map(this::view).toList();
    }

    /** An AI event; 404 when the actor does not see the enterprise, as for a missing event. */
    public VideoEventView event(Actor actor, long eventId) {
        return events.one(eventId).filter(s -> actor.sees(s.enterpriseCode(), s.jurisdictionPath())).map(this::view)
                .orElseThrow(() -> new NotFoundException("video event", Long.toString(eventId)));
    }

    /** An event's snapshot (JPEG); 404 when the actor does not see the enterprise, as for a missing event. */
    public Attachments.Content snapshot(Actor actor, long eventId) {
        VideoEventStore.Stored e = events.one(eventId)
                .filter(s -> actor.sees(s.enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("video event", Long.toString(eventId)));
        return attachments.open(e.snapshot()).orElseThrow(() -> new NotFoundException("snapshot", e.snapshot()));
    }

    /**
     * The duty room left unattended in {@code [from, to)} (patrol item ③): the absences of each camera reporting
     * {@code DUTY_ABSENT}, findings or not.
     */
    public List<DutyAbsences.Absence> dutyAbsences(String enterpriseCode, Instant from, Instant to) {
        Map<String, List<Instant>> byCamera = events.ofType(enterpriseCode, VideoEventType.DUTY_ABSENT.name(), from, to)
                .stream().collect(Collectors.groupingBy(VideoEventStore.Stored::camera, java.util.TreeMap::new,
                        Collectors.mapping(VideoEventStore.Stored::time, Collectors.toList())));
        List<DutyAbsences.Absence> all = new ArrayList<>();
        byCamera.forEach((camera, times) -> all.addAll(DutyAbsences.of(camera, times)));
        return all;
    }

    private VideoEventView view(VideoEventStore.Stored e) {
        return new VideoEventView(e.id(), e.camera(), e.type(), e.time().atZone(zone).toOffsetDateTime(),
                "/api/v1/video/events/" + e.id() + "/snapshot", e.enterpriseCode(),
                VideoEventType.parse(e.type()).map(VideoEventType::label).orElse(e.type()), e.confidence());
    }

    private void visible(Actor actor, String enterpriseCode) {
        registry.enterprise(enterpriseCode).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }
}
