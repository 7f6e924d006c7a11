package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.alarm.rules.AlarmLimits;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registry's implementation (the tests' own {@link InMemoryAlarmPoints} stands in for it elsewhere): a point's
 * settings are held by its code once settled (issue 17), and still follow every change: the registry's
 * (a limit edited) and this feature's own (a rate limit); a code that is no point's has none.
 */
@PlatformTest
class RegistryAlarmPointsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryAlarmPoints points;
    @Autowired
    LimitChanges limitChanges;
    @Autowired
    RateLimits rateLimits;

    TestEnterprise plant;
    Actor safetyManager;

    @BeforeEach
    void plant() {
        plant = TestEnterprises.importFresh(mvc);
        safetyManager = new Actor("safety-" + plant.code(), Role.ENTERPRISE_ADMIN, null, null, plant.code());
    }

    @Test
    void anEditedLimitIsAppliedAtOnceThoughTheOldOneWasHeld() {
        assertThat(limitsOf(plant.levelPoint())).isEqualTo(new AlarmLimits(0.5, 1.0, 8.0, 9.0));
        assertThat(points.settings(plant.levelPoint())).isSameAs(points.settings(plant.levelPoint()));

        limitChanges.apply(safetyManager, plant.levelPoint(), new LimitChangeRequest(0.5, 1.0, 7.5, 9.0, 0.5, 60L,
                60L, "高报下调", Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z")), null);

        assertThat(limitsOf(plant.levelPoint())).isEqualTo(new AlarmLimits(0.5, 1.0, 7.5, 9.0));
    }

    @Test
    void aRateLimitSetIsAppliedAtOnceThoughTheSettingsWithoutItWereHeld() {
        assertThat(points.settings(plant.levelPoint()).ratePerMinute()).isNull();

        rateLimits.set(plant.levelPoint(), 2.0);
        points.forget(EnterpriseCode.of(plant.code()));

        assertThat(points.settings(plant.levelPoint()).ratePerMinute()).isEqualTo(2.0);
    }

    @Test
    void aCodeThatIsNoPointsHasNoLimits() {
        String unregistered = plant.levelPoint().substring(0, plant.levelPoint().length() - 3) + "999";

        assertThat(points.settings(unregistered)).isNull();
        assertThat(points.settings("not a code")).isNull();
    }

    private AlarmLimits limitsOf(String pointCode) {
        return points.settings(pointCode).limits();
    }
}
