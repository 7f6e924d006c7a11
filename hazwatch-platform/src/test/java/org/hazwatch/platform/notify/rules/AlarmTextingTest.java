package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.alarm.rules.Severity;
import org.junit.jupiter.api.Test;

class AlarmTextingTest {

    static final String ZEZHOU = "140000/140500/140525/";
    static final String PARK = "140000/140500/140525/140525P01/";
    static final String GAOPING = "140000/140500/140581/";

    @Test
    void byDefaultOnlyTheShutdownLimitsHhAndLlAreTexted() {
        AlarmTexting texting = AlarmTexting.defaults();

        assertThat(EnumSet.allOf(Severity.class)).filteredOn(s -> texting.texts(s, "14052500001", ZEZHOU))
                .containsExactlyInAnyOrder(Severity.HH, Severity.LL);
    }

    @Test
    void thePlatformMayAddTheOperatingLimitsHAndL() {
        AlarmTexting texting = new AlarmTexting(EnumSet.of(Severity.HH, Severity.H, Severity.L, Severity.LL), null);

        assertThat(texting.texts(Severity.H, "14058100002", GAOPING)).isTrue();
        assertThat(texting.texts(Severity.L, "14058100002", GAOPING)).isTrue();
        assertThat(texting.texts(Severity.OFFLINE, "14058100002", GAOPING)).isFalse();
    }

    @Test
    void theEnterpriseWinsThenTheMostSpecificJurisdictionThenThePlatform() {
        AlarmTexting texting = new AlarmTexting(null, Map.of(
                ZEZHOU, EnumSet.of(Severity.HH, Severity.H, Severity.L, Severity.LL),
                PARK, EnumSet.of(Severity.HH, Severity.H, Severity.LL),
                "14052500003", Set.of()));

        assertThat(texting.severitiesFor("14052500001", ZEZHOU + "140525100/"))
                .containsExactlyInAnyOrder(Severity.HH, Severity.H, Severity.L, Severity.LL);
        assertThat(texting.severitiesFor("14052500002", PARK))
                .containsExactlyInAnyOrder(Severity.HH, Severity.H, Severity.LL);
        assertThat(texting.severitiesFor("14052500003", PARK)).as("switched off for this enterprise").isEmpty();
        assertThat(texting.severitiesFor("14058100002", GAOPING)).as("elsewhere the platform's")
                .containsExactlyInAnyOrder(Severity.HH, Severity.LL);
        assertThat(texting.texts(Severity.H, "14058100002", GAOPING)).isFalse();
    }

    @Test
    void onlyLimitSeveritiesCanBeTexted() {
        assertThatThrownBy(() -> new AlarmTexting(EnumSet.of(Severity.HH, Severity.OFFLINE), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OFFLINE");
        assertThatThrownBy(() -> new AlarmTexting(null, Map.of(ZEZHOU, EnumSet.of(Severity.RATE))))
                .hasMessageContaining(ZEZHOU);
    }
}
