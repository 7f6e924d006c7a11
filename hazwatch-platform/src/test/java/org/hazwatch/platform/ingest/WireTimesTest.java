package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.hazwatch.testing.Choices;
import org.hazwatch.testing.Gen;
import org.junit.jupiter.api.Test;

class WireTimesTest {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    record WireTime(long epochMillis, int quarterHours) {
    }

    @Test
    void readsEveryTimeTheWireWritesAsOffsetDateTimeParseDoes() {
        forAll(c -> new WireTime(c.between(0, 4_102_444_800_000L), c.between(-12 * 4, 14 * 4)), w -> {
            OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochMilli(w.epochMillis()),
                    ZoneOffset.ofTotalSeconds(w.quarterHours() * 900));
            String text = WIRE.format(time);

            assertThat(WireTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
        });
    }

    @Test
    void agreesWithOffsetDateTimeParseOnMangledTexts() {
        forAll(WireTimesTest::mangled, text -> {
            OffsetDateTime expected;
            try {
                expected = OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> WireTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
                return;
            }
            assertThat(WireTimes.parse(text)).isEqualTo(expected);
        });
    }

    /** A good wire time with one character changed (offset or Z), or one of the texts just outside the grammar. */
    static String mangled(Choices c) {
        String good = "2026-11-30T08:00:00.000+08:00";
        Gen<String> once = o -> {
            int at = o.between(0, good.length() - 1);
            char changed = o.oneOf('0', '1', '2', '3', '5', '6', '9', '-', '+', ':', 'T', 'Z', '.', ' ', 'x');
            return good.substring(0, at) + changed + good.substring(at + 1);
        };
        return c.anyOf(once, o -> once.draw(o).replace("+08:00", "Z"),
                o -> o.oneOf("2026-02-30T08:00:00.000+08:00", "2026-11-30T24:00:00.000+08:00",
                        "2026-11-30T23:59:60.000Z", "2026-11-30T08:00:00.000+19:00", "2026-11-30T08:00:00.000-00:00",
                        "2026-11-30T08:00:00+08:00", "2026-11-30T08:00:00.123456+08:00"));
    }
}
