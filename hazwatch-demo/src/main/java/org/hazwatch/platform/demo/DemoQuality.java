package org.hazwatch.platform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.quality.DataQuality;
import org.hazwatch.platform.quality.QualityScores;
import org.hazwatch.platform.quality.rules.PointDay;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.video.CameraPresence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A week of data-quality history (数据质量, issue 13) for the demo enterprises, so /quality has a ranking, a grade
 * distribution and a trend on first start. The demo's history holds hour rollups, not the raw readings the daily
 * job counts, so the points' day figures are seeded (one reading a minute; deterministic per enterprise and day) and
 * stored through {@link DataQuality#record}, the same rules as the job: the rates, score and grade are consistent with
 * the formulas, completeness is the real base data's. The enterprises differ on purpose: the first is faultless,
 * the second sends 8 % of its readings late, the third has a point never connected, the fourth a point stuck for
 * six hours a day, 高平市兴高化工 had its six-hour outage four days ago, the rest a little noise. From the next
 * 00:30 on, the job computes the days from the live readings.
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@ConditionalOnProperty(name = "hazwatch.demo.history", havingValue = "true", matchIfMissing = true)
@Order(3)
class DemoQuality implements ApplicationRunner {

    static final int DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(DemoQuality.class);

    private final DataQuality quality;
    private final QualityScores scores;
    private final Registry registry;
    private final CameraPresence cameras;
    private final ZoneId zone;
    private final Clock clock;

    DemoQuality(DataQuality quality, QualityScores scores, Registry registry, CameraPresence cameras,
                HazwatchProperties hazwatch, Clock clock) {
        this.quality = quality;
        this.scores = scores;
        this.registry = registry;
        this.cameras = cameras;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate first = today.minusDays(DAYS);
        if (!scores.days(JurisdictionScope.everything(), first, today.minusDays(1)).isEmpty()) {
            return;
        }
        List<String> codes = DemoSeed.enterpriseCodes();
        int stored = 0;
        for (int e = 0; e < codes.size(); e++) {
            String code = codes.get(e);
            List<PointDefinition> points = registry.pointsOf(code);
            if (points.isEmpty()) {
                continue;
            }
            Instant now = clock.instant();
            boolean hasCameras = !cameras.onlineTime(code, now.minusSeconds(60), now).isEmpty();
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                Random random = new Random((code + day).hashCode());
                List<PointDay> days = new ArrayList<>();
                for (int p = 0; p < points.size(); p++) {
                    days.add(pointDay(points.get(p).code(), e, p == points.size() - 1,
                            code.equals(DemoHistory.OUTAGE_ENTERPRISE) && day.equals(today.minusDays(4)), random));
                }
                Double video = hasCameras ? 0.85 + random.nextDouble() * 0.15 : null;
                quality.record(code, day, days, video);
                stored++;
            }
        }
        log.info("demo quality: {} enterprise days of the last {} days", stored, DAYS);
    }

    /** One point's day by the enterprise's profile (its index among the demo enterprises). */
    static PointDay pointDay(String point, int profile, boolean lastPoint, boolean outage, Random random) {
        double expected = Duration.ofDays(1).toMinutes();
        if (profile == 2 && lastPoint) {
            return new PointDay(point, true, false, 0, 0, 0, 0, 0, expected);
        }
        double online = outage ? expected - 360 : expected - (profile == 0 ? 0 : random.nextInt(30));
        long received = Math.round(online);
        long late = profile == 1 ? Math.round(received * 0.08) : profile == 0 ? 0 : random.nextInt(15);
        long invalid = profile == 0 ? 0 : random.nextInt(10);
        long flatlined = profile == 3 && lastPoint ? 360 : 0;
        return new PointDay(point, true, true, received, late, received - invalid, flatlined, online, expected);
    }
}
