package org.hazwatch.platform.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.hazwatch.platform.inspection.rules.PatrolSchedules.Setting;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class PatrolSchedulesTest {

    private final ZoneId zone = BeijingTime.ZONE;
    private final PatrolSchedules schedules = new PatrolSchedules(PatrolSchedule.defaults(zone), Map.of(
            "140000", new Setting(null, null, null, 0.15),
            "140500", new Setting(LocalTime.of(11, 30), null, 0.30, null),
            "140525", new Setting(null, LocalTime.of(17, 0), null, null)));

    @Test
    void eachValueComesFromTheDeepestNodeThatSetsItAndTheRestKeepTheDefaults() {
        PatrolSchedules.InForce zezhou = schedules.inForce("140000/140500/140525/140525100/");
        assertThat(zezhou.schedule().morningUntil()).isEqualTo(LocalTime.of(11, 30));
        assertThat(zezhou.schedule().afternoonUntil()).isEqualTo(LocalTime.of(17, 0));
        assertThat(zezhou.schedule().cityShare()).isEqualTo(0.30);
        assertThat(zezhou.schedule().provinceShare()).isEqualTo(0.15);
        assertThat(zezhou).extracting(PatrolSchedules.InForce::morningSetBy, PatrolSchedules.InForce::afternoonSetBy,
                PatrolSchedules.InForce::citySetBy, PatrolSchedules.InForce::provinceSetBy)
                .containsExactly("140500", "140525", "140500", "140000");

        // a sister county of the same city takes the city's morning and the default afternoon
        PatrolSchedules.InForce gaoping = schedules.inForce("140000/140500/140581/");
        assertThat(gaoping.schedule().morningUntil()).isEqualTo(LocalTime.of(11, 30));
        assertThat(gaoping.schedule().afternoonUntil()).isEqualTo(LocalTime.of(18, 0));
        assertThat(gaoping.afternoonSetBy()).isNull();

        // another province: all defaults, set by nobody
        PatrolSchedules.InForce elsewhere = schedules.inForce("410000/410100/410105/");
        assertThat(elsewhere.schedule()).isEqualTo(PatrolSchedule.defaults(zone));
        assertThat(elsewhere.morningSetBy()).isNull();
        assertThat(schedules.forPath(null)).isEqualTo(PatrolSchedule.defaults(zone));
    }

    @Test
    void theCountysOwnAfternoonDeadlineDecidesWhenItsRoundIsPast() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Instant fivePm = day.atTime(17, 0).atZone(zone).toInstant();
        assertThat(schedules.forPath("140000/140500/140525/").pastDeadline(day, fivePm))
                .containsExactly(PatrolRound.MORNING, PatrolRound.AFTERNOON);
        assertThat(schedules.forPath("140000/140500/140581/").pastDeadline(day, fivePm))
                .containsExactly(PatrolRound.MORNING);
    }

    @Test
    void aSettingThatCannotHoldIsRefusedAtOnce() {
        assertThatThrownBy(() -> new PatrolSchedules(PatrolSchedule.defaults(zone),
                Map.of("140525", new Setting(null, LocalTime.of(11, 0), null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("140525");
        assertThatThrownBy(() -> new PatrolSchedules(PatrolSchedule.defaults(zone),
                Map.of("140500", new Setting(null, null, 1.5, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
