package org.hazwatch.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hazwatch.platform.disposal.rules.DeadlinePolicy;
import org.hazwatch.platform.disposal.rules.HandlingStep;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DisposalSettingsTest {

    static final Instant T0 = Instant.parse("2026-11-30T06:00:00Z");

    static DisposalSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("hazwatch.disposal", DisposalSettings.class);
    }

    @Test
    void withNothingConfiguredTheDeadlinesAreSpecSevens() {
        DisposalSettings settings = bind(Map.of());
        DeadlinePolicy policy = settings.policy();
        assertThat(policy.deadline(WarningLevel.RED, HandlingStep.SIGN_FOR, T0)).isEqualTo(T0.plusSeconds(15 * 60));
        assertThat(policy.deadline(WarningLevel.BLUE, HandlingStep.FEEDBACK, T0)).isEqualTo(T0.plusSeconds(7200));
        assertThat(policy.escalationStep()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.checkEvery()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.photos().maxPerFeedback()).isEqualTo(5);
    }

    @Test
    void aConfiguredDeadlineReplacesOnlyItsOwnLevelAndStep() {
        DeadlinePolicy policy = bind(Map.of("hazwatch.disposal.red.sign-for", "5m",
                "hazwatch.disposal.yellow.verify", "8h", "hazwatch.disposal.escalation-step", "10m")).policy();
        assertThat(policy.deadline(WarningLevel.RED, HandlingStep.SIGN_FOR, T0)).isEqualTo(T0.plusSeconds(300));
        assertThat(policy.deadline(WarningLevel.RED, HandlingStep.FEEDBACK, T0)).isEqualTo(T0.plusSeconds(3600));
        assertThat(policy.deadline(WarningLevel.YELLOW, HandlingStep.VERIFY, T0)).isEqualTo(T0.plusSeconds(8 * 3600));
        assertThat(policy.deadline(WarningLevel.ORANGE, HandlingStep.SIGN_FOR, T0)).isEqualTo(T0.plusSeconds(900));
        assertThat(policy.escalationStep()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void photosLargerThanTheTableTakesAreRefusedAsConfiguration() {
        assertThatThrownBy(() -> bind(Map.of("hazwatch.disposal.photos.max-size", "10MB")))
                .hasRootCauseMessage("hazwatch.disposal.photos.max-size is at most 5MB");
    }
}
