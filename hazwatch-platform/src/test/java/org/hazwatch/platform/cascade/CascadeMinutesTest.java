package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.platform.telemetry.MinuteRollups;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.hazwatch.platform.telemetry.RollupsForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * readings=MINUTE (docs/CASCADE.md, rollups): the city sends its 1-minute rollups behind the rollup job, in the
 * order they were revised, a revised minute again as a newer version; the province stores each version once, the
 * newest standing, and answers the series of a forwarded point from them.
 */
@PlatformTest
class CascadeMinutesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReadingLog log;
    @Autowired
    InMemoryPointDirectory points;
    @Autowired
    CascadeCursors cursors;
    @Autowired
    MinuteRollups rollups;
    @Autowired
    CascadeStatus status;
    @Autowired
    Clock clock;

    @Test
    void theCitySendsEachRolledUpMinuteInRevisionOrderAndARevisedMinuteAgainAsANewerVersion() throws Exception {
        String point = points.addLevelPoint(InMemoryPointDirectory.newEnterpriseCode()).code();
        RollupsForTests.rollUp(context);
        Capturing upstream = new Capturing(MINUTE);
        RollupForwarding forwarding = forwarding(upstream);
        sendAll(forwarding);
        upstream.minutes.clear();
        Instant a = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);

        log.append(List.of(reading(point, a.plusSeconds(5), 1.0), reading(point, a.plusSeconds(50), 3.0),
                reading(point, a.plusSeconds(65), 4.0))).join();
        log.append(List.of(reading(point, a.plusSeconds(130), 6.0))).join();
        RollupsForTests.rollUp(context);
        sendAll(forwarding);
        List<MinuteIntake.WireMinute> first = upstream.of(point);
        assertThat(first).extracting(MinuteIntake.WireMinute::minute)
                .containsExactly(a.toString(), a.plusSeconds(60).toString(), a.plusSeconds(120).toString());
        assertThat(first.get(0).count()).isEqualTo(2);
        assertThat(first.get(0).sum()).isEqualTo(4.0);
        assertThat(first.get(2).version()).as("revised later").isGreaterThan(first.get(0).version());
        assertThat(first.get(0).version()).isEqualTo(first.get(1).version());

        upstream.minutes.clear();
        log.append(List.of(reading(point, a.plusSeconds(30), 9.0))).join();
        RollupsForTests.rollUp(context);
        sendAll(forwarding);
        List<MinuteIntake.WireMinute> revised = upstream.of(point);
        assertThat(revised).extracting(MinuteIntake.WireMinute::minute).as("only the revised minute, again")
                .containsExactly(a.toString());
        assertThat(revised.get(0).version()).isGreaterThan(first.get(2).version());
        assertThat(revised.get(0).count()).isEqualTo(3);
        assertThat(revised.get(0).max()).isEqualTo(9.0);
        assertThat(revised.get(0).lastValue()).as("the last by reading time").isEqualTo(3.0);
    }

    @Test
    void theProvinceKeepsEachMinuteVersionOnceTheNewestStandingAndTheSeriesReadsTheMinutes() throws Exception {
        County city = TestJurisdictions.freshCounty(mvc);
        SignedCity signed = SignedCity.register(mvc, json, city);
        String enterprise = signed.forwardsEnterprise();
        String point = enterprise + "001G0001YW001";
        points.addLevelPoint(point, enterprise, city.path());
        Instant m = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);

        String firstBatch = batch(city, minute(point, m, 100, 1.0, 3.0, 4.0, 2),
                minute(point, m.plusSeconds(60), 100, 5.0, 5.0, 5.0, 1));
        assertThat(signed.send("rollups", firstBatch, 200)).contains("\"accepted\":2", "\"duplicates\":0");
        assertThat(signed.send("rollups", firstBatch, 200)).contains("\"accepted\":0", "\"duplicates\":2");
        assertThat(signed.send("rollups", batch(city, minute(point, m, 200, 1.0, 7.0, 11.0, 3)), 200))
                .contains("\"accepted\":1");
        assertThat(signed.send("rollups", batch(city, minute(point, m, 150, 0.0, 0.0, 0.0, 1)), 200))
                .as("an older version is recorded").contains("\"accepted\":1");
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_object_version WHERE kind = 'MINUTE' AND object_id LIKE :p")
                .param("p", point + "@%").query(Long.class).single()).isEqualTo(4);

        String series = SignedCity.body(mvc.perform(get("/api/v1/points/" + point + "/series")
                .param("from", m.minusSeconds(60).atOffset(java.time.ZoneOffset.ofHours(8)).toString())
                .param("to", m.plusSeconds(240).atOffset(java.time.ZoneOffset.ofHours(8)).toString())
                .param("maxPoints", "600").with(city.regulator())).andReturn());
        assertThat(JsonPath.<String>read(series, "$.source")).as("raw asked, the minutes answer").isEqualTo("MINUTE");
        assertThat(JsonPath.<List<Number>>read(series, "$.buckets[*].count")).containsExactly(3, 1);
        assertThat(JsonPath.<List<Double>>read(series, "$.buckets[*].max")).as("the newest version stands")
                .containsExactly(7.0, 5.0);
        for (String[] ask : List.of(new String[] {"48", "TEN_MINUTE"}, new String[] {"20", "HOUR"})) {
            String coarse = SignedCity.body(mvc.perform(get("/api/v1/points/" + point + "/series")
                    .param("from", m.minus(Duration.ofDays(2)).atOffset(java.time.ZoneOffset.UTC).toString())
                    .param("to", m.plus(Duration.ofHours(2)).atOffset(java.time.ZoneOffset.UTC).toString())
                    .param("maxPoints", ask[0]).with(city.regulator())).andReturn());
            assertThat(JsonPath.<String>read(coarse, "$.source")).isEqualTo(ask[1]);
            assertThat(JsonPath.<List<Number>>read(coarse, "$.buckets[*].count").stream()
                    .mapToLong(Number::longValue).sum()).as("the %s rollups follow the minutes", ask[1]).isEqualTo(4);
        }
    }

    @Test
    void minutesOfAPointOutsideTheNodeOrUnknownAreRefusedAndNothingIsStored() throws Exception {
        County city = TestJurisdictions.freshCounty(mvc);
        County other = TestJurisdictions.freshCounty(mvc);
        SignedCity signed = SignedCity.register(mvc, json, city);
        String mine = signed.forwardsEnterprise();
        String outside = TestEnterprises.importInto(mvc, other).code() + "001G0001YW001";
        Instant m = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);

        assertThat(signed.send("rollups", batch(city, minute(mine + "001G0001YW001", m, 1, 1, 1, 1, 1),
                minute(outside, m, 1, 1, 1, 1, 1)), 403)).contains("not an enterprise this platform forwards");
        assertThat(signed.send("rollups", batch(city, minute(mine + "001G0001YW999", m, 1, 1, 1, 1, 1)), 409))
                .contains("send its enterprise first");
        assertThat(signed.send("rollups", batch(city, minute(mine + "001G0001YW001", m.plusSeconds(1), 1, 1, 1,
                1, 1)), 400)).contains("the start of a minute");
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_object_version WHERE source_platform = :c")
                .param("c", city.code()).query(Long.class).single()).as("the enterprise only").isEqualTo(1);
    }

    /** A city forwarding its minutes, two to a batch (so the pages are cut), from now on. */
    private static final CascadeSettings MINUTE = new CascadeSettings("http://province.invalid", "140500", "secret",
            CascadeSettings.Readings.MINUTE, 2, 200, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMillis(500), Duration.ofSeconds(30));

    private RollupForwarding forwarding(Capturing upstream) {
        cursors.minutesSentUpTo(Instant.now());
        return new RollupForwarding(MINUTE, cursors, rollups, upstream, status, clock);
    }

    private static void sendAll(RollupForwarding forwarding) throws Exception {
        for (int page = 0; page < 1000 && forwarding.sendOnce(); page++) {
            // the next page
        }
    }

    private String batch(County city, Map<?, ?>... minutes) {
        return json.writeValueAsString(Map.of("platformCode", city.code(), "batchId", "m", "minutes",
                List.of(minutes)));
    }

    private static Map<String, Object> minute(String point, Instant minute, long version, double min, double max,
                                              double sum, long count) {
        return Map.of("pointCode", point, "minute", minute.toString(), "version", version, "min", min, "max", max,
                "sum", sum, "count", count, "lastTime", minute.plusSeconds(30).toString(), "lastValue", max);
    }

    private static NewReading reading(String point, Instant time, double value) {
        return new NewReading(point, time, value, ReadingQuality.GOOD, false);
    }

    /** The province's side, as the sender sees it: takes every batch and keeps its minutes. */
    private final class Capturing extends Upstream {

        final List<MinuteIntake.WireMinute> minutes = new ArrayList<>();

        Capturing(CascadeSettings settings) {
            super(settings, json, clock);
        }

        @Override
        <T> T post(String kind, Object message, Class<T> reply) {
            minutes.addAll(((MinuteIntake.MinuteBatch) message).minutes());
            return null;
        }

        List<MinuteIntake.WireMinute> of(String point) {
            return minutes.stream().filter(m -> m.pointCode().equals(point)).toList();
        }
    }
}
