package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.alarm.rules.Replay;
import org.hazwatch.platform.alarm.rules.Transition;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingHistory;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.hazwatch.testing.Choices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The what-if replay is the live engine: any history sent through the reading log (as the gateways' readings come,
 * in groups) and evaluated by the running engine is stored as exactly the episodes and transitions that replaying
 * the stored history with the point's settings gives, and the health figures {@code AlarmHealth} takes from the
 * stored transitions are the replay's.
 */
@PlatformTest
class WhatIfReplayMatchesLiveTest {

    @Autowired
    AlarmEngine engine;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    ReadingLog log;

    @Autowired
    ReadingHistory history;

    @Autowired
    AlarmHealth health;

    @Autowired
    JdbcClient jdbc;

    record Step(long gapSeconds, double value, ReadingQuality quality) {
    }

    /** Limits (null where not set), deadband, delays, a rate limit, the readings and the groups they come in. */
    record History(Double ll, Double l, Double h, Double hh, double deadband, long onDelay, long offDelay,
                   Double ratePerMinute, List<Step> steps, List<Integer> groups) {
    }

    static History history(Choices c) {
        Double ll = c.oneIn(3) ? null : 10.0;
        Double l = c.oneIn(3) ? null : 20.0;
        Double h = c.oneIn(4) ? null : 80.0;
        Double hh = c.oneIn(3) ? null : 90.0;
        double deadband = c.oneOf(0.0, 1.0, 2.5, 6.0);
        long on = c.oneOf(0L, 0L, 10L, 15L, 60L);
        long off = c.oneIn(3) ? on : c.oneOf(0L, 15L, 60L);
        Double rate = c.oneIn(4) ? c.between(5.0, 60.0) : null;
        double[] value = {c.between(0.0, 100.0)};
        List<Step> steps = c.list(1, 150, k -> {
            long gap = k.oneIn(25) ? k.between(1800L, 4000L) : k.between(1L, 120L);
            if (k.oneIn(6)) {
                value[0] = k.oneOf(10.0, 20.0, 80.0, 90.0, 79.0, 21.0);
            } else if (!k.oneIn(8)) {
                value[0] = Math.max(-5, Math.min(105, value[0] + k.between(-12.0, 12.0)));
            }
            ReadingQuality quality = k.oneIn(15) ? k.oneOf(ReadingQuality.BAD, ReadingQuality.INVALID)
                    : k.oneOf(ReadingQuality.GOOD, ReadingQuality.GOOD, ReadingQuality.UNCERTAIN);
            return new Step(gap, value[0], quality);
        });
        List<Integer> groups = c.list(1, 12, k -> k.between(1, 40));
        return new History(ll, l, h, hh, deadband, on, off, rate, steps, groups);
    }

    @Test
    void replayingAnyStoredHistoryWithTheCurrentSettingsGivesTheEpisodesTheLiveEngineStored() {
        forAll(60, WhatIfReplayMatchesLiveTest::history, this::sameAsLive);
    }

    private void sameAsLive(History c) {
        String enterprise = InMemoryPointDirectory.newEnterpriseCode();
        String point = InMemoryPointDirectory.newPointCode(enterprise);
        PointAlarmSettings settings = new PointAlarmSettings(point, enterprise, c.ll(), c.l(), c.h(), c.hh(),
                c.deadband(), Duration.ofSeconds(c.onDelay()), Duration.ofSeconds(c.offDelay()), c.ratePerMinute(),
                AlarmDefaults.FLATLINE_AFTER);
        points.add(settings, AlarmFixture.ZEZHOU);
        List<NewReading> readings = new ArrayList<>();
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2));
        for (Step s : c.steps()) {
            t = t.plusSeconds(s.gapSeconds());
            readings.add(new NewReading(point, t, s.value(), s.quality(), false));
        }
        // sent as a gateway sends them: in groups, each committed and handed to the live engine as it comes
        for (int i = 0, g = 0; i < readings.size(); g++) {
            int size = c.groups().get(g % c.groups().size());
            log.append(readings.subList(i, Math.min(readings.size(), i + size))).join();
            i += size;
        }
        Instant first = readings.get(0).time();
        Instant last = t;
        await().atMost(Duration.ofSeconds(20))
                .until(() -> last.equals(engine.call(() -> engine.evaluatedThrough(point))));

        Replay replay = new Replay(p -> p.equals(point) ? settings : null, first, last.plusSeconds(1));
        history.each(List.of(point), first.minus(WhatIf.LOOK_BACK), last, r -> replay.take(Samples.of(r)));
        Replay.Outcome outcome = replay.finish();

        assertThat(outcome.episodes().stream().map(e -> e.id() + " " + e.key().kind() + " " + e.severity() + " "
                + e.state() + " " + e.active() + " " + e.raisedAt() + " " + e.clearedAt() + " " + e.peakValue()
                + " " + e.seq()).sorted().toList())
                .as("episodes").isEqualTo(storedEpisodes(point));
        assertThat(outcome.transitions().stream().map(WhatIfReplayMatchesLiveTest::shown).sorted().toList())
                .as("transitions").isEqualTo(storedTransitions(point));
        assertThat(outcome.health()).as("health figures")
                .isEqualTo(health.figures(JurisdictionScope.everything().ofEnterprise(enterprise), first,
                        last.plusSeconds(1)));
    }

    private List<String> storedEpisodes(String point) {
        return jdbc.sql("""
                SELECT id, kind, severity, state, active, raised_at, cleared_at, peak_value, seq FROM alarm_episode
                WHERE point_code = :p""").param("p", point)
                .query((rs, n) -> rs.getString("id") + " " + rs.getString("kind") + " " + rs.getString("severity")
                        + " " + rs.getString("state") + " " + rs.getBoolean("active") + " "
                        + AlarmStore.instant(rs, "raised_at") + " " + AlarmStore.instant(rs, "cleared_at") + " "
                        + rs.getDouble("peak_value") + " " + rs.getInt("seq"))
                .list().stream().filter(row -> onReadingTime(row.split(" ")[1])).sorted().toList();
    }

    private List<String> storedTransitions(String point) {
        return jdbc.sql("""
                SELECT t.episode_id, t.seq, t.at, t.actor, t.kind, t.from_state, t.to_state, t.severity, t.value,
                       e.kind AS alarm
                FROM alarm_transition t JOIN alarm_episode e ON e.id = t.episode_id WHERE e.point_code = :p""")
                .param("p", point)
                .query((rs, n) -> onReadingTime(rs.getString("alarm"))
                        ? rs.getString("episode_id") + " " + rs.getInt("seq") + " " + AlarmStore.instant(rs, "at")
                                + " " + rs.getString("actor") + " " + rs.getString("kind") + " "
                                + rs.getString("from_state") + " " + rs.getString("to_state") + " "
                                + rs.getString("severity") + " " + (rs.getObject("value") == null ? null
                                : rs.getDouble("value"))
                        : "").list().stream().filter(s -> !s.isEmpty()).sorted().toList();
    }

    private static String shown(Transition t) {
        return t.episodeId() + " " + t.seq() + " " + t.at() + " " + t.actor() + " " + t.kind() + " " + t.from()
                + " " + t.to() + " " + t.severity() + " " + t.value();
    }

    /** The wall-clock kinds (offline) come from the presence watch, not from readings: not replayed. */
    private static boolean onReadingTime(String kind) {
        return AlarmKind.valueOf(kind).onReadingTime();
    }
}
