package org.hazwatch.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class WireJsonTest {

    static final String SPEC_EXAMPLE = """
            {"enterpriseCode":"14052500001","gatewayCode":"1405250000101","batchId":"uuid",\
            "readings":[{"pointCode":"14052500001001G0001YW001","time":"2026-11-30T08:00:00.000+08:00",\
            "value":2.43,"quality":"GOOD"}]}""";

    @Test
    void readsTheSpecExampleAndWritesTheSameText() {
        ReadingBatch batch = WireJson.decode(bytes(SPEC_EXAMPLE), ReadingBatch.class);

        assertThat(batch.enterpriseCode()).isEqualTo("14052500001");
        Reading reading = batch.readings().get(0);
        assertThat(reading.time()).isEqualTo(OffsetDateTime.of(2026, 11, 30, 8, 0, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(reading.quality()).isEqualTo(Quality.GOOD);
        assertThat(new String(WireJson.encode(batch), StandardCharsets.UTF_8)).isEqualTo(SPEC_EXAMPLE);
    }

    @Test
    void keepsTheSendersOffsetAndMilliseconds() {
        Reading reading = new Reading("14052500001001G0001YW001",
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 678_000_000, ZoneOffset.UTC), -1.5e-3, Quality.UNCERTAIN);
        String json = new String(WireJson.encode(reading), StandardCharsets.UTF_8);

        assertThat(json).contains("\"time\":\"2026-01-02T03:04:05.678Z\"");
        assertThat(WireJson.decode(bytes(json), Reading.class)).isEqualTo(reading);
    }

    @Test
    void acceptsTimesWithoutFractionAndIgnoresUnknownProperties() {
        Reading reading = WireJson.decode(bytes("""
                {"pointCode":"p","time":"2026-11-30T08:00:00+08:00","value":1,"quality":"BAD","unit":"kPa"}"""),
                Reading.class);
        assertThat(reading.time().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(reading.quality()).isEqualTo(Quality.BAD);
    }

    @Test
    void repliesAndHeartbeatsRoundTrip() {
        IngestReply reply = new IngestReply(3, 1, List.of(new RejectedReading(2, "value", "not a number")));
        Heartbeat heartbeat = new Heartbeat("14052500001", "1405250000101",
                OffsetDateTime.parse("2026-11-30T08:00:00.000+08:00"), 12, "0.1.0");

        assertThat(new String(WireJson.encode(reply), StandardCharsets.UTF_8)).isEqualTo(
                "{\"accepted\":3,\"duplicates\":1,\"rejected\":[{\"index\":2,\"field\":\"value\",\"reason\":\"not a number\"}]}");
        assertThat(WireJson.decode(WireJson.encode(reply), IngestReply.class)).isEqualTo(reply);
        assertThat(WireJson.decode(WireJson.encode(heartbeat), Heartbeat.class)).isEqualTo(heartbeat);
    }

    @Test
    void aMissingReadingsListIsAnEmptyBatch() {
        ReadingBatch batch = WireJson.decode(bytes("{\"enterpriseCode\":\"14052500001\"}"), ReadingBatch.class);
        assertThat(batch.readings()).isEmpty();
    }

    @Test
    void malformedJsonIsAJacksonException() {
        assertThatThrownBy(() -> WireJson.decode(bytes("{\"readings\":[{]}"), ReadingBatch.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void pathsAndTopicsFollowTheContract() {
        assertThat(WireContract.ingestPath(WireContract.READINGS)).isEqualTo("/api/v1/ingest/readings");
        assertThat(WireContract.topic("14052500001", WireContract.HEARTBEAT)).isEqualTo("hazwatch/v1/14052500001/heartbeat");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
