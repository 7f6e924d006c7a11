package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class IngestReadingsTest {

    static final String READINGS = WireContract.ingestPath(WireContract.READINGS);

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InMemoryPointDirectory points;

    @Autowired
    InMemoryGatewayDirectory gateways;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void storesTheReadingsOfItsOwnPointsAndAnswersWhatItDid() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();

        MvcTestResult result = send(gateway, batch(gateway, reading(point, now, 2.43)));

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo(
                "{\"accepted\":1,\"duplicates\":0,\"rejected\":[]}");
        assertThat(stored(point)).isEqualTo(1);
    }

    @Test
    void countsAReSentBatchAsDuplicatesAndStoresItOnce() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        byte[] batch = batch(gateway, reading(point, now, 1.0), reading(point, now.plusMillis(1), 2.0));

        send(gateway, batch, now);
        MvcTestResult again = send(gateway, batch, now.plusSeconds(30));

        assertThat(again).hasStatusOk().bodyJson().isLenientlyEqualTo(
                "{\"accepted\":0,\"duplicates\":2,\"rejected\":[]}");
        assertThat(stored(point)).isEqualTo(2);
    }

    @Test
    void rejectsReadingsMoreThanFiveMinutesInTheFutureAndOfUnknownPointsButStoresTheRest() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        String unknown = InMemoryPointDirectory.newPointCode(enterprise);

        MvcTestResult result = send(gateway, batch(gateway, reading(point, now.plus(6, ChronoUnit.MINUTES), 1.0),
                reading(point, now, 2.0), reading(unknown, now, 3.0)));

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"accepted":1,"duplicates":0,"rejected":[
                  {"index":0,"field":"time","reason":"more than 5 minutes in the future"},
                  {"index":2,"field":"pointCode","reason":"no such point is registered"}]}""");
        assertThat(stored(point)).isEqualTo(1);
    }

    @Test
    void storesBackFillMarkedLateAndOutOfRangeValuesAsInvalid() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();

        send(gateway, batch(gateway, reading(point, now.minus(2, ChronoUnit.HOURS), 5.0),
                reading(point, now, 12.5)));

        assertThat(jdbc.sql("SELECT value, quality, late FROM reading WHERE point_code = ? ORDER BY time")
                .param(point).query().listOfRows()).containsExactly(
                Map.of("value", 5.0, "quality", "GOOD", "late", true),
                Map.of("value", 12.5, "quality", "INVALID", "late", false));
    }

    @Test
    void refusesABadSignature() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        byte[] body = batch(gateway, reading(point, now, 1.0));
        GatewayKey forger = new GatewayKey(gateway.gatewayCode(), enterprise, "not-the-secret");

        assertRefused(send(forger, body, now), 401, "X-Signature", "bad signature");
        assertThat(stored(point)).isZero();
    }

    @Test
    void refusesAStaleRequest() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();

        MvcTestResult result = send(gateway, batch(gateway, reading(point, now, 1.0)),
                now.minus(6, ChronoUnit.MINUTES));

        assertRefused(result, 401, "X-Timestamp", "stale: more than 5 minutes from the platform's clock");
        assertThat(stored(point)).isZero();
    }

    @Test
    void refusesAReplayedRequest() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        byte[] body = batch(gateway, reading(point, now, 1.0));

        assertThat(send(gateway, body, now)).hasStatusOk();
        assertRefused(send(gateway, body, now), 401, "X-Signature", "replayed: signature already used");
    }

    @Test
    void refusesAnUnsignedRequestAndAnUnknownGateway() {
        GatewayKey stranger = new GatewayKey(enterprise + "99", enterprise, "secret");
        byte[] body = batch(stranger);

        assertThat(MockMvcTester.create(mockMvc).post().uri(READINGS).contentType(MediaType.APPLICATION_JSON)
                .content(body)).hasStatus(401);
        assertRefused(send(stranger, body, now), 401, "X-Gateway-Code", "unknown gateway");
    }

    @Test
    void refusesTheWholeBatchWhenOneReadingIsOfAnotherEnterprisesPoint() {
        GatewayKey gateway = gateways.register(enterprise);
        String mine = points.addLevelPoint(enterprise).code();
        String theirs = points.addLevelPoint(InMemoryPointDirectory.newEnterpriseCode()).code();

        MvcTestResult result = send(gateway, batch(gateway, reading(mine, now, 1.0), reading(theirs, now, 1.0)));

        assertRefused(result, 403, "readings[1].pointCode", "a point of another enterprise; nothing was stored");
        assertThat(stored(mine) + stored(theirs)).isZero();
    }

    @Test
    void refusesABatchInTheNameOfAnotherEnterprise() {
        GatewayKey gateway = gateways.register(enterprise);
        byte[] body = WireJson.encode(new ReadingBatch(InMemoryPointDirectory.newEnterpriseCode(),
                gateway.gatewayCode(), UUID.randomUUID().toString(), List.of()));

        assertRefused(send(gateway, body, now), 403, "enterpriseCode", "not this gateway's enterprise");
    }

    @Test
    void refusesAMalformedBodyListingEveryFaultAndStoresNothing() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        String body = """
                {"enterpriseCode":"%s","gatewayCode":"%s","readings":[
                  {"pointCode":"%s","time":"%s","value":1.0,"quality":"GOOD"},
                  {"pointCode":"%s","time":"yesterday","value":"high","quality":"GOOD"},
                  {"pointCode":"%s","time":"%s","value":2.0}]}""".formatted(enterprise, gateway.gatewayCode(),
                point, now, point, point, now.plusSeconds(1));

        MvcTestResult result = send(gateway, body.getBytes(StandardCharsets.UTF_8), now);

        assertThat(result).hasStatus(400).bodyJson().isLenientlyEqualTo("""
                {"errors":[{"field":"readings[1].time"},{"field":"readings[1].value"},
                           {"field":"readings[2].quality"}]}""");
        assertThat(stored(point)).isZero();
    }

    @Test
    void refusesBodyThatIsNotJson() {
        GatewayKey gateway = gateways.register(enterprise);

        assertThat(send(gateway, "{\"readings\":[".getBytes(StandardCharsets.UTF_8), now)).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void refusesMoreThanTenThousandReadings() {
        GatewayKey gateway = gateways.register(enterprise);
        String point = points.addLevelPoint(enterprise).code();
        Reading[] readings = new Reading[WireContract.MAX_READINGS + 1];
        Arrays.setAll(readings, i -> reading(point, now.minusMillis(i), 1.0));

        assertRefused(send(gateway, batch(gateway, readings), now), 413, "readings",
                "10001 readings; at most 10000 in one request");
        assertThat(stored(point)).isZero();
    }

    @Test
    void refusesABodyOverTwoMebibytes() {
        GatewayKey gateway = gateways.register(enterprise);
        byte[] body = new byte[WireContract.MAX_BODY_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        assertRefused(send(gateway, body, now), 413, "body", "over 2097152 bytes");
    }

    @Test
    void acceptsAHeartbeatOfItsOwnEnterprise() {
        GatewayKey gateway = gateways.register(enterprise);
        byte[] body = WireJson.encode(new Heartbeat(enterprise, gateway.gatewayCode(),
                now.atOffset(ZoneOffset.ofHours(8)), 0, "0.1.0"));
        byte[] foreign = WireJson.encode(new Heartbeat(InMemoryPointDirectory.newEnterpriseCode(),
                gateway.gatewayCode(), now.atOffset(ZoneOffset.ofHours(8)), 0, "0.1.0"));

        assertThat(send(gateway, WireContract.ingestPath(WireContract.HEARTBEAT), body, now)).hasStatus(200);
        assertThat(send(gateway, WireContract.ingestPath(WireContract.HEARTBEAT), foreign, now)).hasStatus(403);
    }

    private void assertRefused(MvcTestResult result, int status, String field, String reason) {
        assertThat(result).hasStatus(status).bodyJson().isLenientlyEqualTo(
                "{\"errors\":[{\"field\":\"%s\",\"reason\":\"%s\"}]}".formatted(field, reason.replace("\"", "\\\"")));
    }

    private MvcTestResult send(GatewayKey gateway, byte[] body) {
        return send(gateway, body, now);
    }

    private MvcTestResult send(GatewayKey gateway, byte[] body, Instant stamped) {
        return send(gateway, READINGS, body, stamped);
    }

    private MvcTestResult send(GatewayKey gateway, String path, byte[] body, Instant stamped) {
        HttpHeaders headers = new HttpHeaders();
        new RequestSigner(gateway.secret()).headers(gateway.gatewayCode(), stamped.toEpochMilli(), body)
                .forEach(headers::add);
        return MockMvcTester.create(mockMvc).post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.addAll(headers)).content(body).exchange();
    }

    private static byte[] batch(GatewayKey gateway, Reading... readings) {
        return WireJson.encode(new ReadingBatch(gateway.enterpriseCode(), gateway.gatewayCode(),
                UUID.randomUUID().toString(), new ArrayList<>(List.of(readings))));
    }

    private static Reading reading(String point, Instant time, double value) {
        return new Reading(point, OffsetDateTime.ofInstant(time, ZoneOffset.ofHours(8)), value, Quality.GOOD);
    }

    private int stored(String point) {
        return jdbc.sql("SELECT count(*) FROM reading WHERE point_code = ?").param(point).query(Integer.class)
                .single();
    }
}
