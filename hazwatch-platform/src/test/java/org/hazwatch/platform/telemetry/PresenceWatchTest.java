package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class PresenceWatchTest {

    static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Autowired
    PresenceWatch watch;

    @Autowired
    ReadingLog log;

    @Autowired
    LiveReadings live;

    @Autowired
    InMemoryPointDirectory points;

    @Autowired
    PresenceEventsRecorder recorder;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();

    @Test
    void aPointAndItsEnterpriseGoOfflineAfterTenMinutesOfSilenceAndComeBackWithData() {
        String point = points.addLevelPoint(enterprise).code();
        Instant heard = send(point);
        watch.check(heard.plusSeconds(1));

        watch.check(heard.plus(TEN_MINUTES));
        assertThat(watch.pointOnline(point, heard.plus(TEN_MINUTES))).isFalse();
        assertThat(watch.enterpriseOnline(enterprise, heard.plus(TEN_MINUTES))).isFalse();

        Instant back = send(point);
        watch.check(back.plusSeconds(1));

        assertWentOfflineThenCameBack(enterprise, new EnterpriseWentOffline(EnterpriseCode.of(enterprise), heard,
                heard.plus(TEN_MINUTES)), EnterpriseCameOnline.class);
        assertWentOfflineThenCameBack(point, new PointWentOffline(PointCode.of(point), heard,
                heard.plus(TEN_MINUTES)), PointCameOnline.class);
    }

    @Test
    void aPointStaysOnlineWhileReadingsArriveWithinTenMinutes() {
        String point = points.addLevelPoint(enterprise).code();
        Instant heard = send(point);

        watch.check(heard.plus(TEN_MINUTES).minusSeconds(1));

        assertThat(recorder.about(point)).isEmpty();
        assertThat(watch.pointOnline(point, heard.plus(TEN_MINUTES).minusSeconds(1))).isTrue();
    }

    @Test
    void aHeartbeatKeepsTheEnterpriseOnlineWhileItsPointsAreSilent() {
        String point = points.addLevelPoint(enterprise).code();
        Instant heard = send(point);
        live.gatewayHeard(enterprise, heard.plus(Duration.ofMinutes(9)));

        Instant later = heard.plus(TEN_MINUTES).plusSeconds(1);
        watch.check(later);

        assertThat(watch.pointOnline(point, later)).isFalse();
        assertThat(watch.enterpriseOnline(enterprise, later)).isTrue();
        assertThat(recorder.about(enterprise)).noneMatch(EnterpriseWentOffline.class::isInstance);
    }

    /**
     * The scheduled check also runs, on the real clock, so a coming back may be reported by it rather than by the
     * test's own check: what matters is that it follows the going offline.
     */
    private void assertWentOfflineThenCameBack(String code, Object wentOffline, Class<?> cameOnline) {
        List<Object> events = recorder.about(code);
        assertThat(events).contains(wentOffline);
        assertThat(events.subList(events.indexOf(wentOffline) + 1, events.size()))
                .hasAtLeastOneElementOfType(cameOnline);
    }

    /** A reading of the point now, as ingest would store it (which also hears the gateway); when it arrived. */
    private Instant send(String point) {
        log.append(List.of(new NewReading(point, Instant.now(), 1.0, ReadingQuality.GOOD, false))).join();
        Instant arrived = live.latest(point).orElseThrow().lastReceived();
        live.gatewayHeard(enterprise, arrived);
        return arrived;
    }
}
