package org.hazwatch.platform.video;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.ingest.GatewayKey;
import org.hazwatch.platform.ingest.GatewayMessages;
import org.hazwatch.platform.ingest.IngestRefusedException;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.CameraStatus;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.RejectedReading;
import org.hazwatch.protocol.VideoStatus;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * {@code video-status} (SPEC §10) over HTTP and MQTT: each camera's online state as the gateway sees it. A body
 * with a fault of form is malformed (400, every fault, nothing stored); a camera of another enterprise refuses the
 * whole message (403); an unregistered camera or a time too far ahead is rejected by index; the rest is judged by
 * {@link CameraWatch}.
 */
@Component
class VideoStatusIntake implements GatewayMessages {

    private final CameraDirectory cameras;
    private final CameraWatch watch;
    private final Clock clock;

    VideoStatusIntake(CameraDirectory cameras, CameraWatch watch, Clock clock) {
        this.cameras = cameras;
        this.watch = watch;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return WireContract.VIDEO_STATUS;
    }

    @Override
    public IngestReply take(GatewayKey gateway, byte[] body) {
        VideoStatus status = read(body);
        String enterprise = gateway.enterpriseCode();
        for (int i = 0; i < status.cameras().size(); i++) {
            String code = status.cameras().get(i).code();
            if (!code.startsWith(enterprise) || code.length() < Codes.ENTERPRISE_LENGTH) {
                throw IngestRefusedException.forbidden("cameras[" + i + "].code",
                        "a camera of another enterprise; nothing was stored");
            }
        }
        var registered = cameras.of(enterprise);
        Instant now = clock.instant();
        int accepted = 0;
        int duplicates = 0;
        List<RejectedReading> rejected = new ArrayList<>();
        for (int i = 0; i < status.cameras().size(); i++) {
            CameraStatus c = status.cameras().get(i);
            Instant time = c.time().toInstant();
            if (!registered.containsKey(c.code())) {
                rejected.add(new RejectedReading(i, "code", "no such camera is registered"));
            } else if (time.isAfter(now.plus(WireContract.MAX_FUTURE))) {
                rejected.add(new RejectedReading(i, "time", "more than " + WireContract.MAX_FUTURE.toMinutes()
                        + " minutes ahead of the platform's clock"));
            } else if (watch.report(c.code(), enterprise, c.online(), time) == CameraWatch.Outcome.ACCEPTED) {
                accepted++;
            } else {
                duplicates++;
            }
        }
        return new IngestReply(accepted, duplicates, rejected);
    }

    static VideoStatus read(byte[] body) {
        VideoStatus status;
        try {
            status = WireJson.decode(body, VideoStatus.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", "not a video-status: " + e.getOriginalMessage());
        }
        List<Problem> problems = new ArrayList<>();
        if (status == null || status.cameras() == null) {
            throw InvalidInputException.of("cameras", "an array of cameras is required");
        }
        for (int i = 0; i < status.cameras().size(); i++) {
            CameraStatus c = status.cameras().get(i);
            String at = "cameras[" + i + "]";
            if (c == null) {
                problems.add(new Problem(at, "a camera object is required"));
                continue;
            }
            if (c.code() == null || c.code().isBlank()) {
                problems.add(new Problem(at + ".code", "a non-empty string is required"));
            }
            if (c.online() == null) {
                problems.add(new Problem(at + ".online", "true or false is required"));
            }
            if (c.time() == null) {
                problems.add(new Problem(at + ".time",
                        "an ISO-8601 time with offset is required, e.g. 2026-11-30T08:00:00.000+08:00"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return status;
    }
}
