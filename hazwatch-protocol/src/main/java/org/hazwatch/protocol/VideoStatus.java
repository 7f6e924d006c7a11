package org.hazwatch.protocol;

import java.util.List;

/**
 * What a gateway reports of its enterprise's cameras (SPEC §10, kind {@code video-status}), in the envelope of
 * readings: {@code {"enterpriseCode","gatewayCode","batchId","cameras":[{"code","online","time"}]}}.
 */
public record VideoStatus(String enterpriseCode, String gatewayCode, String batchId, List<CameraStatus> cameras) {

    public VideoStatus {
        cameras = cameras == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cameras));
    }
}
