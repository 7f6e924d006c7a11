package org.hazwatch.platform.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.hazwatch.platform.warning.rules.Trend;
import org.hazwatch.platform.warning.rules.Weights;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WarningSettingsTest {

    static WarningSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("hazwatch.warning", WarningSettings.class);
    }

    @Test
    void nothingSetKeepsTheRulesDefaults() {
        WarningSettings settings = bound(Map.of());
        assertThat(settings.weights()).isEqualTo(Weights.defaults());
        assertThat(settings.trendSettings()).isEqualTo(Trend.Settings.defaults());
        assertThat(settings.trend().capacity()).isEqualTo(60);
        assertThat(settings.operatingTrendSettings()).isEqualTo(Trend.Settings.operatingDefaults());
        assertThat(settings.weights().predictedOperatingCrossing()).isEqualTo(10);
    }

    @Test
    void aKeySetOverridesOnlyItself() {
        WarningSettings settings = bound(Map.of("hazwatch.warning.score.offline", "25",
                "hazwatch.warning.level.blue", "15", "hazwatch.warning.trend.horizon", "45m"));
        Weights d = Weights.defaults();
        assertThat(settings.weights()).isEqualTo(new Weights(d.inherentByLevel(), d.shutdownLimitAlarm(),
                d.operatingLimitAlarm(), d.operatingLimitAfter(), d.furtherAlarm(), d.furtherAlarmsCounted(),
                d.equipmentAlarms(), d.equipmentAlarmPoints(), d.predictedCrossing(), d.startUpOrShutDown(),
                d.trialProduction(), d.specialOperations(), d.commitmentMissing(), d.commitmentLate(),
                d.custodyOverdue(), d.warningsUnhandled(), 25, d.red(), d.orange(), d.yellow(), 15));
        Trend.Settings t = Trend.Settings.defaults();
        assertThat(settings.trendSettings()).isEqualTo(new Trend.Settings(t.window(), t.minSamples(), t.minSpan(),
                t.agreement(), Duration.ofMinutes(45), t.staleAfter()));
    }

    @Test
    void theOperatingTrendIsSetApartFromTheShutdownTrend() {
        WarningSettings settings = bound(Map.of("hazwatch.warning.operating-trend.horizon", "90m",
                "hazwatch.warning.score.predicted-operating-crossing", "15"));
        Trend.Settings o = Trend.Settings.operatingDefaults();
        assertThat(settings.operatingTrendSettings()).isEqualTo(new Trend.Settings(o.window(), o.minSamples(),
                o.minSpan(), o.agreement(), Duration.ofMinutes(90), o.staleAfter()));
        assertThat(settings.trendSettings()).isEqualTo(Trend.Settings.defaults());
        assertThat(settings.weights().predictedOperatingCrossing()).isEqualTo(15);
    }
}
