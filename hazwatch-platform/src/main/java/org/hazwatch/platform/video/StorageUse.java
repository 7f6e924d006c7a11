package org.hazwatch.platform.video;

import java.time.OffsetDateTime;

/**
 * One enterprise's video storage (视频存储): its stored clips, their bytes, the share of its quota and its oldest
 * clip's start (null without clips).
 */
public record StorageUse(String enterpriseCode, String enterpriseName, int clips, long bytes, long quota,
                         double percent, OffsetDateTime oldest) {
}
