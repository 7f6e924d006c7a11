package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.testing.Choices;
import org.junit.jupiter.api.Test;

class BatchReaderTest {

    private static final String ENTERPRISE = "14052590001";
    private static final List<String> REGISTERED = List.of(ENTERPRISE + "001G0001YW001", ENTERPRISE + "001G0002YL001",
            ENTERPRISE + "001G0003WD001");
    private static final RegisteredCodes CODES = new RegisteredCodes(REGISTERED);

    @Test
    void aRegisteredCodeIsTheRegistrysOwnStringAndAnotherANewOne() {
        String registered = new String(REGISTERED.get(1).toCharArray());
        String other = ENTERPRISE + "001G0009YW001";
        ReadingBatch batch = BatchReader.read(body(reading(registered, "2026-11-30T08:00:00.000+08:00", "1.5", "GOOD"),
                reading(other, "2026-11-30T08:00:00.000+08:00", "2", "BAD")), CODES);

        assertThat(batch.readings().get(0).pointCode()).isSameAs(REGISTERED.get(1));
        assertThat(batch.readings().get(1).pointCode()).isEqualTo(other);
    }

    @Test
    void readingsStampedAlikeShareOneTimeAndTheNextTimeIsItsOwn() {
        ReadingBatch batch = BatchReader.read(body(
                reading(REGISTERED.get(0), "2026-11-30T08:00:00.000+08:00", "1", "GOOD"),
                reading(REGISTERED.get(1), "2026-11-30T08:00:00.000+08:00", "2", "UNCERTAIN"),
                reading(REGISTERED.get(2), "2026-11-30T08:00:01.000+08:00", "3", "GOOD")), CODES);

        List<Reading> readings = batch.readings();
        assertThat(readings.get(1).time()).isSameAs(readings.get(0).time())
                .isEqualTo(OffsetDateTime.parse("2026-11-30T08:00:00.000+08:00"));
        assertThat(readings.get(2).time()).isEqualTo(OffsetDateTime.parse("2026-11-30T08:00:01.000+08:00"));
        assertThat(readings).extracting(Reading::quality).containsExactly(Quality.GOOD, Quality.UNCERTAIN, Quality.GOOD);
        assertThat(readings).extracting(Reading::value).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void aFaultAfterARepeatedTimeIsStillNamedByItsPath() {
        byte[] body = body(reading(REGISTERED.get(0), "2026-11-30T08:00:00.000+08:00", "1", "GOOD"),
                reading(REGISTERED.get(1), "2026-11-30T08:00:00.000+08:00", "\"x\"", "good"),
                reading(REGISTERED.get(2), "2026-11-30 08:00:00", "3", "GOOD"));

        assertThatThrownBy(() -> BatchReader.read(body, CODES)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactly("readings[1].value", "readings[1].quality", "readings[2].time"));
    }

    /**
     * Whatever the body, reading it with the enterprise's codes gives what reading it without them gives: the same
     * readings, or the same problems.
     */
    @Test
    void readsEveryBodyAlikeWithTheRegisteredCodesAndWithout() {
        forAll(BatchReaderTest::anyBody, body -> {
            Object plain = outcome(body, RegisteredCodes.NONE);
            Object withCodes = outcome(body, CODES);
            assertThat(withCodes).isEqualTo(plain);
        });
    }

    private static Object outcome(byte[] body, RegisteredCodes codes) {
        try {
            return BatchReader.read(body, codes);
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    static byte[] anyBody(Choices c) {
        String[] readings = c.list(1, 6, o -> reading(
                o.oneOf(REGISTERED.get(0), REGISTERED.get(2), ENTERPRISE + "001G0009YW001", "", " ", "\u6c34"),
                o.oneOf("2026-11-30T08:00:00.000+08:00", "2026-11-30T08:00:00.000Z", "2026-11-30T08:00:00+08:00",
                        "2026-11-30T25:00:00.000+08:00", ""),
                o.oneOf("1", "-2.5", "1e3", "\"3\"", "null", "{\"a\":1}", "[1]"),
                o.oneOf("GOOD", "BAD", "UNCERTAIN", "good", "GOODS", ""))).toArray(String[]::new);
        return body(readings);
    }

    static String reading(String code, String time, String value, String quality) {
        return "{\"pointCode\":\"" + code + "\",\"time\":\"" + time + "\",\"value\":" + value + ",\"quality\":\""
                + quality + "\"}";
    }

    static byte[] body(String... readings) {
        return ("{\"enterpriseCode\":\"" + ENTERPRISE + "\",\"gatewayCode\":\"" + ENTERPRISE + "01\",\"readings\":["
                + String.join(",", readings) + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
