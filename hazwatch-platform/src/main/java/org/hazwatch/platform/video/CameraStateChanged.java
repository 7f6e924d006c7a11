package org.hazwatch.platform.video;

import java.time.Instant;
import org.hazwatch.protocol.EnterpriseCode;

/** A camera came online or went offline (SPEC §11); published after the change is committed, for live pages. */
public record CameraStateChanged(EnterpriseCode enterpriseCode, String cameraCode, boolean online, Instant at) {
}
