package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WireTimesTest {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    @Property
    void readsEveryTimeTheWireWritesAsOffsetDateTimeParseDoes(
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long epochMillis,
            @ForAll @IntRange(min = -12 * 4, max = 14 * 4) int quarterHours) {
        OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis),
                ZoneOffset.ofTotalSeconds(quarterHours * 900));
        String text = WIRE.format(time);

        assertThat(WireTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @Property
    void agreesWithOffsetDateTimeParseOnMangledTexts(@ForAll("mangled") String text) {
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> WireTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(WireTimes.parse(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> mangled() {
        String good = "2026-11-30T08:00:00.000+08:00";
        Arbitrary<Integer> position = Arbitraries.integers().between(0, good.length() - 1);
        Arbitrary<Character> character = Arbitraries.of('0', '1', '2', '3', '5', '6', '9', '-', '+', ':', 'T', 'Z',
                '.', ' ', 'x');
        Arbitrary<String> once = Combinators.combine(position, character)
                .as((at, c) -> good.substring(0, at) + c + good.substring(at + 1));
        return Arbitraries.oneOf(once, once.map(t -> t.replace("+08:00", "Z")),
                Arbitraries.of("2026-02-30T08:00:00.000+08:00", "2026-11-30T24:00:00.000+08:00",
                        "2026-11-30T23:59:60.000Z", "2026-11-30T08:00:00.000+19:00", "2026-11-30T08:00:00.000-00:00",
                        "2026-11-30T08:00:00+08:00", "2026-11-30T08:00:00.123456+08:00"));
    }
}
