package org.hazwatch.platform.video;

import java.time.Instant;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * An AI-analysis event (SPEC §11: DUTY_ABSENT, SMOKE_FIRE, LEAK, …) was stored with its snapshot; published after
 * commit, for alarms, patrol evidence and event clips.
 */
public record VideoEventStored(long id, EnterpriseCode enterpriseCode, String cameraCode, String type, Instant time) {
}
