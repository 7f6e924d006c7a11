package org.hazwatch.platform.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hazwatch.protocol.HeartbeatReply;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ingest (SPEC §10). Public in Spring Security: each request is authenticated by its HMAC signature here.
 * Order of refusals: too large (413) before anything is read beyond the limit, then the signature (401), then
 * the body (400 malformed, 413 too many readings), then ownership (403).
 */
@RestController
class IngestController {

    /** How long a gateway waits before sending a batch again that could not be committed. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final SignedRequests signed;
    private final ReadingIntake intake;
    private final GatewayHeartbeats heartbeats;
    private final IngestMeters meters;

    IngestController(SignedRequests signed, ReadingIntake intake, GatewayHeartbeats heartbeats,
                     IngestMeters meters) {
        this.meters = meters;
        this.signed = signed;
        this.intake = intake;
        this.heartbeats = heartbeats;
    }

    @PostMapping(path = "/api/v1/ingest/" + WireContract.READINGS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> readings(HttpServletRequest request) throws IOException {
        try {
            byte[] body = body(request);
            GatewayKey gateway = authenticate(request, body);
            IngestReply reply = intake.take(gateway, BatchReader.read(body, intake.codesOf(gateway.enterpriseCode())),
                    IngestMeters.Channel.HTTP);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(WireJson.encode(reply));
        } catch (RuntimeException refused) {
            meters.refused(IngestMeters.Channel.HTTP, refused);
            throw refused;
        }
    }

    /** A heartbeat keeps the enterprise online while its points are quiet; answered with the gateway's orders. */
    @PostMapping(path = "/api/v1/ingest/" + WireContract.HEARTBEAT, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> heartbeat(HttpServletRequest request) throws IOException {
        try {
            byte[] body = body(request);
            GatewayKey gateway = authenticate(request, body);
            HeartbeatReply reply = heartbeats.take(gateway, GatewayHeartbeats.read(body));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(WireJson.encode(reply));
        } catch (RuntimeException refused) {
            meters.refused(IngestMeters.Channel.HTTP, refused);
            throw refused;
        }
    }

    @ExceptionHandler(IngestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(IngestRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("Ingest refused");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.getMessage())));
        ResponseEntity.BodyBuilder reply = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // the gateway keeps the batch and sends it again (SPEC §10): nothing of it was acknowledged
            reply.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        }
        return reply.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * The database is down or refuses writes (killed, disk full) somewhere on the way: 503 with Retry-After, never
     * a 200 and never a 500 with a stack trace per batch; the gateway keeps the batch and sends it again.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessException e) {
        return refused(new IngestRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "readings",
                "the database is unavailable; nothing was stored, send the batch again"));
    }

    private GatewayKey authenticate(HttpServletRequest request, byte[] body) {
        return signed.authenticate(request.getHeader(WireContract.GATEWAY_CODE_HEADER),
                request.getHeader(WireContract.TIMESTAMP_HEADER), request.getHeader(WireContract.SIGNATURE_HEADER),
                body);
    }

    static byte[] body(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (length > WireContract.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            if (length >= 0) {
                // straight into an array of the declared length, not through the JDK's chain of 8 KiB chunks
                byte[] body = new byte[(int) length];
                int read = in.readNBytes(body, 0, body.length);
                return read == body.length ? body : Arrays.copyOf(body, read);
            }
            byte[] body = in.readNBytes(WireContract.MAX_BODY_BYTES + 1);
            if (body.length > WireContract.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static IngestRefusedException tooLarge() {
        return IngestRefusedException.tooLarge("body", "over " + WireContract.MAX_BODY_BYTES + " bytes");
    }
}
