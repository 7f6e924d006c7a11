package org.hazwatch.platform.warning;

import java.time.Duration;
import java.util.List;
import org.hazwatch.platform.warning.rules.Trend;
import org.hazwatch.platform.warning.rules.Weights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.warning.*}. The model's numbers ({@code score}, {@code level}, {@code trend}) are
 * overrides: any left out keeps the rules' default ({@link Weights#defaults()}, {@link Trend.Settings#defaults()},
 * those of docs/WARNINGS.md).
 *
 * @param evaluateEvery how often every enterprise with facts is assessed again (besides on every event)
 * @param hold          how long a lower level must hold before a warning is downgraded or lifted
 * @param settle        how long an event waits before its enterprise is assessed, so the events of one commit
 *                      are assessed together
 * @param score         the factors' scores
 * @param level         the lowest score of each level
 * @param trend         the predictive factor: a shutdown limit's crossing, from beyond the operating limit
 * @param operatingTrend the predictive factor read over hours: the operating limit's crossing, from inside the band
 *                       ({@link Trend.Settings#operatingDefaults()})
 */
@ConfigurationProperties("hazwatch.warning")
record WarningSettings(
        @DefaultValue("1m") Duration evaluateEvery,
        @DefaultValue("5m") Duration hold,
        @DefaultValue("300ms") Duration settle,
        @DefaultValue Score score,
        @DefaultValue Level level,
        @DefaultValue TrendSettings trend,
        @DefaultValue TrendSettings operatingTrend) {

    /** Scores of the factors (SPEC §6), see {@link Weights}; a null keeps the default. */
    record Score(List<Integer> inherentByLevel, Integer shutdownLimitAlarm, Integer operatingLimitAlarm,
                 Duration operatingLimitAfter, Integer furtherAlarm, Integer furtherAlarmsCounted,
                 Integer equipmentAlarms, Integer equipmentAlarmPoints, Integer predictedCrossing,
                 Integer startUpOrShutDown, Integer trialProduction, Integer specialOperations,
                 Integer commitmentMissing, Integer commitmentLate, Integer custodyOverdue, Integer warningsUnhandled,
                 Integer offline, Integer videoOffline, Integer predictedOperatingCrossing) {
    }

    /** Lowest score of each level; a null keeps the default. */
    record Level(Integer red, Integer orange, Integer yellow, Integer blue) {
    }

    /**
     * The predictive factor: see {@link Trend.Settings} (a null keeps its default); {@code capacity} samples are kept
     * per point with HH or LL.
     */
    record TrendSettings(Duration window, @DefaultValue("60") int capacity, Integer minSamples, Duration minSpan,
                         Double agreement, Duration horizon, Duration staleAfter) {
    }

    Weights weights() {
        Weights d = Weights.defaults();
        return new Weights(or(score.inherentByLevel(), d.inherentByLevel()),
                or(score.shutdownLimitAlarm(), d.shutdownLimitAlarm()),
                or(score.operatingLimitAlarm(), d.operatingLimitAlarm()),
                or(score.operatingLimitAfter(), d.operatingLimitAfter()),
                or(score.furtherAlarm(), d.furtherAlarm()),
                or(score.furtherAlarmsCounted(), d.furtherAlarmsCounted()),
                or(score.equipmentAlarms(), d.equipmentAlarms()),
                or(score.equipmentAlarmPoints(), d.equipmentAlarmPoints()),
                or(score.predictedCrossing(), d.predictedCrossing()),
                or(score.startUpOrShutDown(), d.startUpOrShutDown()),
                or(score.trialProduction(), d.trialProduction()),
                or(score.specialOperations(), d.specialOperations()),
                or(score.commitmentMissing(), d.commitmentMissing()),
                or(score.commitmentLate(), d.commitmentLate()),
                or(score.custodyOverdue(), d.custodyOverdue()),
                or(score.warningsUnhandled(), d.warningsUnhandled()),
                or(score.offline(), d.offline()),
                or(score.videoOffline(), d.videoOffline()),
                or(level.red(), d.red()), or(level.orange(), d.orange()), or(level.yellow(), d.yellow()),
                or(level.blue(), d.blue()),
                or(score.predictedOperatingCrossing(), d.predictedOperatingCrossing()));
    }

    Trend.Settings trendSettings() {
        return settings(trend, Trend.Settings.defaults());
    }

    Trend.Settings operatingTrendSettings() {
        return settings(operatingTrend, Trend.Settings.operatingDefaults());
    }

    private static Trend.Settings settings(TrendSettings trend, Trend.Settings d) {
        return new Trend.Settings(or(trend.window(), d.window()), or(trend.minSamples(), d.minSamples()),
                or(trend.minSpan(), d.minSpan()), or(trend.agreement(), d.agreement()),
                or(trend.horizon(), d.horizon()), or(trend.staleAfter(), d.staleAfter()));
    }

    private static <T> T or(T set, T byDefault) {
        return set != null ? set : byDefault;
    }
}
