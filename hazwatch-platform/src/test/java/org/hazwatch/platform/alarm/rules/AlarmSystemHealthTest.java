package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;

class AlarmSystemHealthTest {

    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofHours(1));
    static final AlarmKey A = AlarmKey.ofPoint(PointCode.of("14052500099001S0001WD001"), AlarmKind.LIMIT_HIGH);
    static final AlarmKey B = AlarmKey.ofPoint(PointCode.of("14052500099001S0001YL001"), AlarmKind.LIMIT_LOW);

    @Test
    void elevenAlarmsInOneTenMinutePeriodAreAFloodAndTheHourIsOverloaded() {
        List<AlarmSystemHealth.Raise> raises = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            raises.add(new AlarmSystemHealth.Raise(i < 10 ? A : B, i == 0 ? Priority.HIGH : Priority.MEDIUM,
                    FROM.plusSeconds(30L * i)));
        }
        raises.add(new AlarmSystemHealth.Raise(B, Priority.LOW, FROM.plus(Duration.ofMinutes(30))));

        AlarmSystemHealth.Figures f = AlarmSystemHealth.of(FROM, TO, raises, List.of(), 1);

        assertThat(f.alarms()).isEqualTo(12);
        assertThat(f.averagePer10Minutes()).isEqualTo(2.0);
        assertThat(f.peakPer10Minutes()).isEqualTo(11);
        assertThat(f.floodPeriods()).isEqualTo(1);
        assertThat(f.rating()).isEqualTo("MANAGEABLE");
        assertThat(f.topTen()).first().isEqualTo(new AlarmSystemHealth.PointCount(A.pointCode().code(), "LIMIT_HIGH",
                10));
        assertThat(f.priorityMix().get(Priority.HIGH)).isEqualTo(1 / 12.0);
        assertThat(f.stale()).isEqualTo(1);
    }

    @Test
    void sixTransitionsWithinFiveMinutesAreChatteringButFiveAreNot() {
        List<AlarmSystemHealth.Move> moves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            moves.add(new AlarmSystemHealth.Move(A, FROM.plusSeconds(59L * i)));
            moves.add(new AlarmSystemHealth.Move(B, FROM.plusSeconds(61L * i)));
        }

        assertThat(AlarmSystemHealth.chattering(moves)).containsExactly(A.pointCode() + " LIMIT_HIGH");
    }
}
