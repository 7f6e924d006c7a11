package org.hazwatch.platform.video;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.ingest.GatewayKey;
import org.hazwatch.platform.ingest.IngestRefusedException;
import org.hazwatch.platform.ingest.SignedRequests;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.WireContract;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's upload of a live camera's HLS files (SPEC §11): {@code PUT /api/v1/video/segments/{camera}/{file}},
 * signed like ingest (SPEC §10, over the raw bytes). Refusals: too large 413, unsigned 401, a file name that is not
 * a segment or the playlist 400, another enterprise's camera 403, a camera nobody watches 409 (the gateway stops).
 */
@RestController
class SegmentUploadController {

    private final SignedRequests signed;
    private final LiveStreams streams;
    private final LiveWindow window;

    SegmentUploadController(SignedRequests signed, LiveStreams streams, LiveWindow window) {
        this.signed = signed;
        this.streams = streams;
        this.window = window;
    }

    @PutMapping("/api/v1/video/segments/{camera}/{file}")
    ResponseEntity<Void> upload(HttpServletRequest request, @PathVariable String camera, @PathVariable String file)
            throws IOException {
        byte[] body = body(request);
        GatewayKey gateway = signed.authenticate(request.getHeader(WireContract.GATEWAY_CODE_HEADER),
                request.getHeader(WireContract.TIMESTAMP_HEADER), request.getHeader(WireContract.SIGNATURE_HEADER),
                body);
        if (!LiveVideo.FILE.matcher(file).matches()) {
            throw new IngestRefusedException(HttpStatus.BAD_REQUEST, "file", "neither index.m3u8 nor a .ts segment");
        }
        if (!LiveCameras.enterpriseOf(camera).map(gateway.enterpriseCode()::equals).orElse(false)) {
            throw new IngestRefusedException(HttpStatus.FORBIDDEN, "camera", "not this gateway's camera");
        }
        if (!streams.watched(camera)) {
            throw new IngestRefusedException(HttpStatus.CONFLICT, "camera", "nobody watches this camera: stop streaming");
        }
        window.store(camera, file, body);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IngestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(IngestRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("Upload refused");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.getMessage())));
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > LiveVideo.MAX_SEGMENT_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(LiveVideo.MAX_SEGMENT_BYTES + 1);
            if (body.length > LiveVideo.MAX_SEGMENT_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static IngestRefusedException tooLarge() {
        return new IngestRefusedException(HttpStatus.CONTENT_TOO_LARGE, "body",
                "over " + LiveVideo.MAX_SEGMENT_BYTES + " bytes");
    }
}
