package org.hazwatch.platform.video;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.alarm.CameraAlarms;
import org.hazwatch.platform.ingest.GatewayKey;
import org.hazwatch.platform.ingest.GatewayMessages;
import org.hazwatch.platform.ingest.IngestRefusedException;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.platform.video.rules.SnapshotCheck;
import org.hazwatch.platform.video.rules.VideoEventType;
import org.hazwatch.protocol.CameraCode;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.RejectedReading;
import org.hazwatch.protocol.VideoEvent;
import org.hazwatch.protocol.VideoEvents;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;

/**
 * {@code video-events} (SPEC §10) over HTTP and MQTT: AI-analysis findings with their snapshots. A fault of form is
 * malformed (400, nothing stored); a camera of another enterprise refuses the whole message (403); an event of an
 * unregistered camera, an unknown type, a time too far ahead, or a snapshot that is no real JPEG of at most 1 MiB is
 * rejected by index with the reason, and nothing of it is kept — neither the row nor the file. Accepted snapshots
 * are kept content-addressed ({@link Attachments}); the rows are committed together, then each new event is
 * published ({@link VideoEventStored}) and smoke or fire and leaks raise their alarm.
 */
@Component
class VideoEventIntake implements GatewayMessages {

    private record Accepted(String camera, VideoEventType type, Instant time, Double confidence,
                            Attachments.Attachment snapshot) {
    }

    private final CameraDirectory cameras;
    private final VideoEventStore store;
    private final Attachments attachments;
    private final Registry registry;
    private final CameraAlarms alarms;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    VideoEventIntake(CameraDirectory cameras, VideoEventStore store, Attachments attachments, Registry registry,
                     CameraAlarms alarms, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.cameras = cameras;
        this.store = store;
        this.attachments = attachments;
        this.registry = registry;
        this.alarms = alarms;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return WireContract.VIDEO_EVENTS;
    }

    @Override
    public IngestReply take(GatewayKey gateway, byte[] body) {
        VideoEvents message = read(body);
        String enterprise = gateway.enterpriseCode();
        for (int i = 0; i < message.events().size(); i++) {
            String code = message.events().get(i).camera();
            if (!code.startsWith(enterprise) || code.length() < Codes.ENTERPRISE_LENGTH) {
                throw IngestRefusedException.forbidden("events[" + i + "].camera",
                        "a camera of another enterprise; nothing was stored");
            }
        }
        var registered = cameras.of(enterprise);
        Instant now = clock.instant();
        List<RejectedReading> rejected = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < message.events().size(); i++) {
            VideoEvent e = message.events().get(i);
            Instant time = e.time().toInstant();
            var type = VideoEventType.parse(e.type());
            if (!registered.containsKey(e.camera())) {
                rejected.add(new RejectedReading(i, "camera", "no such camera is registered"));
            } else if (type.isEmpty()) {
                rejected.add(new RejectedReading(i, "type", "one of " + VideoEventType.names()));
            } else if (time.isAfter(now.plus(WireContract.MAX_FUTURE))) {
                rejected.add(new RejectedReading(i, "time", "more than " + WireContract.MAX_FUTURE.toMinutes()
                        + " minutes ahead of the platform's clock"));
            } else if (e.confidence() != null && (e.confidence() < 0 || e.confidence() > 1)) {
                rejected.add(new RejectedReading(i, "confidence", "between 0 and 1"));
            } else {
                SnapshotCheck.Outcome snapshot = SnapshotCheck.check(e.snapshot());
                String refused = snapshot instanceof SnapshotCheck.Refused no ? no.reason()
                        : SnapshotImages.undecodable(((SnapshotCheck.Jpeg) snapshot).bytes()).orElse(null);
                if (refused != null) {
                    rejected.add(new RejectedReading(i, "snapshot", refused));
                } else {
                    byte[] jpeg = ((SnapshotCheck.Jpeg) snapshot).bytes();
                    accepted.add(new Accepted(e.camera(), type.get(), time, e.confidence(),
                            attachments.store("events[" + i + "].snapshot", e.camera() + ".jpg", jpeg)));
                }
            }
        }
        String path = registry.jurisdictionPathOf(enterprise).orElseThrow();
        List<VideoEventStored> stored = tx.execute(status -> {
            List<VideoEventStored> added = new ArrayList<>();
            for (Accepted a : accepted) {
                store.add(enterprise, path, a.camera(), a.type().name(), a.time(), a.confidence(), a.snapshot().id(),
                        (int) a.snapshot().size(), now)
                        .ifPresent(id -> added.add(new VideoEventStored(id, EnterpriseCode.of(enterprise), a.camera(),
                                a.type().name(), a.time())));
            }
            return added;
        });
        for (VideoEventStored e : stored) {
            events.publishEvent(e);
            if (VideoEventType.valueOf(e.type()).raisesAlarm()) {
                alarms.event(CameraCode.of(e.cameraCode()), e.time());
            }
        }
        return new IngestReply(stored.size(), accepted.size() - stored.size(), rejected);
    }

    static VideoEvents read(byte[] body) {
        VideoEvents message;
        try {
            message = WireJson.decode(body, VideoEvents.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", "not video-events: " + e.getOriginalMessage());
        }
        if (message == null || message.events() == null) {
            throw InvalidInputException.of("events", "an array of events is required");
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < message.events().size(); i++) {
            VideoEvent e = message.events().get(i);
            String at = "events[" + i + "]";
            if (e == null) {
                problems.add(new Problem(at, "an event object is required"));
                continue;
            }
            if (e.camera() == null || e.camera().isBlank()) {
                problems.add(new Problem(at + ".camera", "a non-empty string is required"));
            }
            if (e.type() == null || e.type().isBlank()) {
                problems.add(new Problem(at + ".type", "one of " + VideoEventType.names()));
            }
            if (e.time() == null) {
                problems.add(new Problem(at + ".time",
                        "an ISO-8601 time with offset is required, e.g. 2026-11-30T08:00:00.000+08:00"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return message;
    }
}
