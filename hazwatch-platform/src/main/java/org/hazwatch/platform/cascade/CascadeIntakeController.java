package org.hazwatch.platform.cascade;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.hazwatch.protocol.WireContract;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The province's machine endpoints for city platforms (docs/CASCADE.md). Public in Spring Security, as ingest is:
 * each request is authenticated here by its HMAC signature, so a person's login is no cascade credential. Order of
 * refusals: too large (413), signature (401), body (400), place (403), unknown enterprise or point (409).
 */
@RestController
class CascadeIntakeController {

    private final CascadePlatforms platforms;
    private final CascadeIntake intake;
    private final CascadeOrders orders;
    private final MinuteIntake minutes;
    private final ObjectMapper json;
    private final CitySilences silences;

    CascadeIntakeController(CascadePlatforms platforms, CascadeIntake intake, CascadeOrders orders,
                            MinuteIntake minutes, ObjectMapper json, CitySilences silences) {
        this.silences = silences;
        this.minutes = minutes;
        this.platforms = platforms;
        this.intake = intake;
        this.orders = orders;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/cascade/{kind:enterprises|alarms|warnings"
            + "|handling-steps|commitments|custody-checks|filings|patrols|rectifications|quality-days|bulletins}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    CascadeWire.Taken objects(@PathVariable String kind, HttpServletRequest request) throws IOException {
        byte[] body = body(request);
        RegisteredPlatform platform = authenticate(request, body);
        CascadeWire.Kind what = CascadeWire.Kind.ofPath(kind);
        CascadeWire.Taken taken = intake.objects(platform, what, read(body, CascadeWire.ObjectBatch.class));
        silences.received(platform, what.name(), taken.accepted());
        return taken;
    }

    @PostMapping(path = "/api/v1/cascade/readings", produces = MediaType.APPLICATION_JSON_VALUE)
    CascadeWire.Taken readings(HttpServletRequest request) throws IOException {
        byte[] body = body(request);
        RegisteredPlatform platform = authenticate(request, body);
        CascadeWire.Taken taken = intake.readings(platform, read(body, CascadeWire.ReadingBatch.class));
        silences.received(platform, "READINGS", taken.accepted());
        return taken;
    }

    /** A city's 1-minute rollups (readings=MINUTE), the readings' rules. */
    @PostMapping(path = "/api/v1/cascade/rollups", produces = MediaType.APPLICATION_JSON_VALUE)
    CascadeWire.Taken rollups(HttpServletRequest request) throws IOException {
        byte[] body = body(request);
        RegisteredPlatform platform = authenticate(request, body);
        return minutes.take(platform, read(body, MinuteIntake.MinuteBatch.class));
    }

    /** The orders down the chain (督办) for the signing platform after the given one. */
    @PostMapping(path = "/api/v1/cascade/orders", produces = MediaType.APPLICATION_JSON_VALUE)
    CascadeWire.Orders orders(HttpServletRequest request) throws IOException {
        byte[] body = body(request);
        RegisteredPlatform platform = authenticate(request, body);
        CascadeWire.OrderRequest asked = read(body, CascadeWire.OrderRequest.class);
        if (!platform.code().equals(asked.platformCode())) {
            throw CascadeRefused.forbidden("platformCode", "the body names another platform than the signer");
        }
        return new CascadeWire.Orders(orders.after(platform.code(), asked.after()));
    }

    @ExceptionHandler(CascadeRefused.class)
    ResponseEntity<ProblemDetail> refused(CascadeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("Cascade refused");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.getMessage())));
        ResponseEntity.BodyBuilder reply = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            reply.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return reply.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The database is down: 503, the city keeps the batch and sends it again. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessException e) {
        return refused(new CascadeRefused(HttpStatus.SERVICE_UNAVAILABLE, "body",
                "the database is unavailable; nothing was stored, send the batch again"));
    }

    /** The signing platform; a signed request, whatever becomes of its body, is the city heard (c-ops). */
    private RegisteredPlatform authenticate(HttpServletRequest request, byte[] body) {
        RegisteredPlatform platform = platforms.authenticate(request.getHeader(CascadeWire.PLATFORM_CODE_HEADER),
                request.getHeader(WireContract.TIMESTAMP_HEADER), request.getHeader(WireContract.SIGNATURE_HEADER),
                body);
        silences.heard(platform);
        return platform;
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            T message = json.readValue(body, type);
            if (message == null) {
                throw CascadeRefused.malformed("body", "empty");
            }
            return message;
        } catch (JacksonException e) {
            throw CascadeRefused.malformed("body", "not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > CascadeWire.MAX_BODY_BYTES) {
            throw new CascadeRefused(HttpStatus.CONTENT_TOO_LARGE, "body",
                    "over " + CascadeWire.MAX_BODY_BYTES + " bytes");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(CascadeWire.MAX_BODY_BYTES + 1);
            if (body.length > CascadeWire.MAX_BODY_BYTES) {
                throw new CascadeRefused(HttpStatus.CONTENT_TOO_LARGE, "body",
                        "over " + CascadeWire.MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }
}
