package org.hazwatch.platform.alarm.rules;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.hazwatch.protocol.CameraCode;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * One alarm (报警点): a point and a kind, a camera and a video kind, or an enterprise for
 * {@link AlarmKind#ENTERPRISE_OFFLINE}. It has at most one open episode at a time.
 *
 * @param pointCode  null for an enterprise's own alarms and for a camera's
 * @param cameraCode the camera of a video kind ({@link AlarmKind#onCamera()}), else null
 */
public record AlarmKey(EnterpriseCode enterpriseCode, PointCode pointCode, AlarmKind kind, CameraCode cameraCode) {

    public AlarmKey(EnterpriseCode enterpriseCode, PointCode pointCode, AlarmKind kind) {
        this(enterpriseCode, pointCode, kind, null);
    }

    public static AlarmKey ofCamera(CameraCode cameraCode, AlarmKind kind) {
        return new AlarmKey(cameraCode.enterprise(), null, kind, cameraCode);
    }

    /** The key of a stored row: {@code subject} is its {@code point_code} column, a camera's code for video kinds. */
    public static AlarmKey of(EnterpriseCode enterpriseCode, String subject, AlarmKind kind) {
        return kind.onCamera() ? new AlarmKey(enterpriseCode, null, kind, CameraCode.of(subject))
                : new AlarmKey(enterpriseCode, PointCode.ofNullable(subject), kind);
    }

    /** The point's or camera's code (the alarm API's {@code pointCode}); null for an enterprise's own alarm. */
    public String subject() {
        return pointCode != null ? pointCode.code() : cameraCode != null ? cameraCode.code() : null;
    }

    public static AlarmKey ofPoint(PointCode pointCode, AlarmKind kind) {
        return new AlarmKey(pointCode.enterprise(), pointCode, kind);
    }

    public static AlarmKey ofEnterprise(EnterpriseCode enterpriseCode, AlarmKind kind) {
        return new AlarmKey(enterpriseCode, null, kind);
    }

    /**
     * The id of this alarm's episode raised at {@code raisedAt}: derived, not drawn, so evaluating the same readings
     * again (after a restart) names the same episode and stores it once.
     */
    public UUID episodeId(Instant raisedAt) {
        String name = enterpriseCode + "/" + (cameraCode != null ? cameraCode : pointCode) + "/" + kind + "@" + raisedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
