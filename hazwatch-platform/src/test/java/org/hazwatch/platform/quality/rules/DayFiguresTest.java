package org.hazwatch.platform.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.filing.rules.FiledPeriod;
import org.junit.jupiter.api.Test;

/** The rates, score and reasons of SPEC §9 on a day computed by hand. */
class DayFiguresTest {

    static final Instant T0 = Instant.parse("2026-12-04T16:00:00Z"); // 00:00 on 12-05 in Beijing
    static final Span FOUR_HOURS = new Span(T0, T0.plus(Duration.ofHours(4)));

    static Instant hour(int h) {
        return T0.plus(Duration.ofHours(h));
    }

    /**
     * P1 reports every minute: 6 late in hour 0, 10 invalid in hour 1, 20 flatlined in hour 2, and hour 3 filed
     * (a filing 03:30–05:00 touches it); P2 was connected before but is silent; P3 never connected.
     */
    static List<PointDay> threePoints() {
        List<PointHour> hours = new ArrayList<>(List.of(
                new PointHour("P1", hour(0), 60, 6, 60, 0, 3600),
                new PointHour("P1", hour(1), 60, 0, 50, 0, 3600),
                new PointHour("P1", hour(2), 60, 0, 60, 20, 3600),
                new PointHour("P1", hour(3), 60, 60, 0, 0, 3600)));
        List<FiledPeriod> filings = List.of(new FiledPeriod("E", Set.of("P1"), hour(3).plus(Duration.ofMinutes(30)),
                hour(5)));
        return PointDays.fold(List.of("P1", "P2", "P3"), hours, filings, FOUR_HOURS, Set.of("P2"));
    }

    @Test
    void filedHoursAreLeftOutOfThePointsDay() {
        PointDay p1 = threePoints().get(0);
        assertThat(p1).isEqualTo(new PointDay("P1", true, true, 180, 6, 170, 20, 180, 180));
        assertThat(p1.valid()).isEqualTo(150);
        assertThat(p1.invalid()).isEqualTo(10);
        assertThat(p1.reasons()).containsExactly(Reason.LATE, Reason.INVALID, Reason.FLATLINED);
    }

    @Test
    void aSilentPointIsOfflineAndOneNeverHeardIsNeverConnected() {
        List<PointDay> days = threePoints();
        assertThat(days.get(1)).isEqualTo(new PointDay("P2", true, true, 0, 0, 0, 0, 0, 240));
        assertThat(days.get(1).reasons()).containsExactly(Reason.OFFLINE);
        assertThat(days.get(1).offlineMinutes()).isEqualTo(240);
        assertThat(days.get(2).everConnected()).isFalse();
        assertThat(days.get(2).reasons()).containsExactly(Reason.NEVER_CONNECTED);
    }

    @Test
    void theRatesScoreAndGradeOfTheDay() {
        DayFigures day = DayFigures.of(threePoints(), null, 1.0, Weights.SPEC);

        assertThat(day.rates().access()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(day.rates().online()).isCloseTo(180 / 660.0, within(1e-12));
        assertThat(day.rates().timeliness()).isCloseTo(174 / 180.0, within(1e-12));
        assertThat(day.rates().validity()).isCloseTo(150 / 180.0, within(1e-12));
        assertThat(day.rates().video()).isNull();
        // (25/3 + 25·180/660 + 15·174/180 + 15·150/180 + 10) / 90 · 100 = 57.946…
        assertThat(day.score()).isEqualTo(57.95);
        assertThat(day.grade()).isEqualTo(Grade.D);
        assertThat(day.points()).extracting(PointDay::pointCode).containsExactly("P3", "P2", "P1");
    }

    @Test
    void aPointFiledAllDayIsNotCounted() {
        List<FiledPeriod> wholeDay = List.of(new FiledPeriod("E", Set.of(), hour(-1), hour(6)));
        List<PointDay> days = PointDays.fold(List.of("P1", "P2"),
                List.of(new PointHour("P1", hour(0), 60, 60, 0, 0, 3600)), wholeDay, FOUR_HOURS, Set.of());
        assertThat(days).allMatch(p -> !p.counted() && p.reasons().isEmpty());

        DayFigures day = DayFigures.of(days, null, 0.5, Weights.SPEC);
        assertThat(day.rates().access()).isNull();
        assertThat(day.rates().online()).isNull();
        assertThat(day.rates().timeliness()).isNull();
        assertThat(day.score()).isEqualTo(50.0);
    }

    @Test
    void aWholeEnterpriseFilingOfTwoHoursHalvesTheExpectedTime() {
        List<FiledPeriod> twoHours = List.of(new FiledPeriod("E", Set.of(), hour(1), hour(3)));
        List<PointDay> days = PointDays.fold(List.of("P1"), List.of(
                new PointHour("P1", hour(0), 60, 0, 60, 0, 3600),
                new PointHour("P1", hour(3), 30, 0, 30, 0, 1800)), twoHours, FOUR_HOURS, Set.of());
        assertThat(days.get(0)).isEqualTo(new PointDay("P1", true, true, 90, 0, 90, 0, 90, 120));
        assertThat(days.get(0).onlineRate()).isEqualTo(0.75);
        assertThat(days.get(0).reasons()).containsExactly(Reason.OFFLINE);
    }

    @Test
    void theWeightsOfTheSpecWithAndWithoutVideo() {
        Rates rates = new Rates(0.5, 0.5, 0.95, 1.0, null, 1.0);
        // video absent: the other 90 scaled to 100
        assertThat(Weights.SPEC.score(rates)).isCloseTo(64.25 / 90 * 100, within(1e-9));
        Rates withVideo = new Rates(0.5, 0.5, 0.95, 1.0, 0.8, 1.0);
        assertThat(Weights.SPEC.score(withVideo)).isCloseTo(72.25, within(1e-9));
        assertThat(Weights.SPEC.score(new Rates(1.0, 1.0, 1.0, 1.0, 1.0, 1.0))).isCloseTo(100, within(1e-9));
        assertThat(new Weights(50, 50, 0, 0, 0, 0).score(withVideo)).isCloseTo(50, within(1e-9));
    }

    @Test
    void gradesAtTheirBounds() {
        assertThat(Grade.of(90)).isEqualTo(Grade.A);
        assertThat(Grade.of(89.99)).isEqualTo(Grade.B);
        assertThat(Grade.of(80)).isEqualTo(Grade.B);
        assertThat(Grade.of(79.99)).isEqualTo(Grade.C);
        assertThat(Grade.of(60)).isEqualTo(Grade.C);
        assertThat(Grade.of(59.99)).isEqualTo(Grade.D);
    }

    @Test
    void videoOnlineRateLeavesFiledCameraTimeOutAndIsNullWithoutCameras() {
        // c2 filed for 2 hours: expected 1320 min, online 660; c1 online all day
        Double rate = VideoDay.rate(Map.of("c1", 1440.0, "c2", 660.0), Map.of("c1", 1440.0, "c2", 1320.0));
        assertThat(rate).isCloseTo(2100 / 2760.0, within(1e-12));
        assertThat(VideoDay.rate(Map.of("c1", 2000.0), Map.of("c1", 1440.0))).isEqualTo(1.0);
        assertThat(VideoDay.rate(Map.of(), Map.of())).isNull();
    }

    @Test
    void aJurisdictionIsTheMeanOfItsEnterprises() {
        Means means = Means.of(List.of(
                new Means.Scored(new Rates(1.0, 0.9, 1.0, 1.0, null, 1.0), 90),
                new Means.Scored(new Rates(0.5, 0.7, 0.8, 0.6, 0.5, 0.8), 70)));
        assertThat(means.score()).isEqualTo(80.0);
        assertThat(means.grade()).isEqualTo(Grade.B);
        assertThat(means.rates().access()).isEqualTo(0.75);
        assertThat(means.rates().online()).isCloseTo(0.8, within(1e-12));
        assertThat(means.rates().video()).isEqualTo(0.5);
        assertThat(Means.of(List.of()).score()).isNull();
    }
}
