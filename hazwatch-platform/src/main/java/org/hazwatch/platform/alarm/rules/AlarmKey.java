package org.hazwatch.platform.alarm.rules;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * One alarm (报警点): a point and a kind, or an enterprise for {@link AlarmKind#ENTERPRISE_OFFLINE}. It has at most
 * one open episode at a time.
 *
 * @param pointCode null for an enterprise's own alarms
 */
public record AlarmKey(EnterpriseCode enterpriseCode, PointCode pointCode, AlarmKind kind) {

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
        String name = enterpriseCode + "/" + pointCode + "/" + kind + "@" + raisedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
