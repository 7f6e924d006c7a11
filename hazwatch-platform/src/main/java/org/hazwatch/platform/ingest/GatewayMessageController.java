package org.hazwatch.platform.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ingest of the other message kinds (SPEC §10, {@code /api/v1/ingest/<kind>}, e.g. {@code video-status}):
 * the same limits, signature and order of refusals as readings ({@link IngestController}), then the envelope's
 * ownership, then the kind's feature.
 */
@RestController
class GatewayMessageController {

    private final SignedRequests signed;
    private final GatewayMessageIntake intake;

    GatewayMessageController(SignedRequests signed, GatewayMessageIntake intake) {
        this.signed = signed;
        this.intake = intake;
    }

    @PostMapping(path = "/api/v1/ingest/{kind}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> take(@PathVariable String kind, HttpServletRequest request) throws IOException {
        GatewayMessages messages = intake.kind(kind).orElseThrow(() -> new NotFoundException("message kind", kind));
        byte[] body = IngestController.body(request);
        GatewayKey gateway = signed.authenticate(request.getHeader(WireContract.GATEWAY_CODE_HEADER),
                request.getHeader(WireContract.TIMESTAMP_HEADER), request.getHeader(WireContract.SIGNATURE_HEADER),
                body);
        IngestReply reply = intake.take(messages, gateway, body);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(WireJson.encode(reply));
    }

    @ExceptionHandler(IngestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(IngestRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("Ingest refused");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.getMessage())));
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
