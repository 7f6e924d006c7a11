package org.hazwatch.platform.alarm;

import java.time.Instant;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.ConditionChange;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.CameraCode;
import org.springframework.stereotype.Service;

/**
 * The alarms of cameras (SPEC §11), raised by the video feature through the one alarm engine so that they are
 * listed, acknowledged, shelved and covered like every other: {@link AlarmKind#VIDEO_OFFLINE} while a camera is
 * offline, {@link AlarmKind#VIDEO_EVENT} when the AI-analysis terminal reports smoke or fire or a leak. The camera's
 * code stands where a point's would ({@code pointCode} in the alarm API). Each call only queues the change for the
 * engine thread.
 */
@Service
public class CameraAlarms {

    private final AlarmEngine engine;

    CameraAlarms(AlarmEngine engine) {
        this.engine = engine;
    }

    /** The camera went offline ({@code true}) or came back, at wall-clock time. */
    public void presence(CameraCode camera, boolean offline, Instant at) {
        AlarmKey key = AlarmKey.ofCamera(camera, AlarmKind.VIDEO_OFFLINE);
        engine.enqueue(() -> engine.presence(key, offline, at));
    }

    /**
     * An AI event that raises an alarm: the episode is raised and at once returns to normal, so that it waits on the
     * board, unacknowledged, until a person acknowledges it (ISA-18.2's returned-unacknowledged state). A second event
     * of the camera before that re-annunciates the same episode.
     */
    public void event(CameraCode camera, Instant at) {
        AlarmKey key = AlarmKey.ofCamera(camera, AlarmKind.VIDEO_EVENT);
        engine.enqueue(() -> engine.momentary(key, Severity.VIDEO, at));
    }
}
