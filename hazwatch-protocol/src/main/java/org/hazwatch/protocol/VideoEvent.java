package org.hazwatch.protocol;

import java.time.OffsetDateTime;

/**
 * One finding of the enterprise's video AI-analysis terminal (视频智能分析终端, SPEC §11): the camera, the type
 * ({@code DUTY_ABSENT}, {@code SMOKE_FIRE}, …), when, how sure, and the snapshot as base64 JPEG of at most 1 MiB.
 */
public record VideoEvent(String camera, String type, OffsetDateTime time, Double confidence, String snapshot) {

    /** The largest snapshot the platform takes, decoded. */
    public static final int MAX_SNAPSHOT_BYTES = 1024 * 1024;
}
