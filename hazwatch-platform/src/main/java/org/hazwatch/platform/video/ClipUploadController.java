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
 * The gateway's upload of an ordered event clip (SPEC §11): {@code PUT /api/v1/video/clips/{clip}/{file}}, signed
 * like ingest (SPEC §10, over the raw bytes). Refusals: 413 too large, 401 unsigned, 404 no such clip, 403 another
 * enterprise's clip, 400 a bad file name or playlist, 409 a clip not awaited, 507 over the enterprise's quota.
 */
@RestController
class ClipUploadController {

    private final SignedRequests signed;
    private final ClipUploads uploads;

    ClipUploadController(SignedRequests signed, ClipUploads uploads) {
        this.signed = signed;
        this.uploads = uploads;
    }

    @PutMapping("/api/v1/video/clips/{clip}/{file}")
    ResponseEntity<Void> upload(HttpServletRequest request, @PathVariable String clip, @PathVariable String file)
            throws IOException {
        byte[] body = body(request);
        GatewayKey gateway = signed.authenticate(request.getHeader(WireContract.GATEWAY_CODE_HEADER),
                request.getHeader(WireContract.TIMESTAMP_HEADER), request.getHeader(WireContract.SIGNATURE_HEADER),
                body);
        uploads.upload(gateway, clip, file, body);
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
