package org.hazwatch.platform.warning;

import java.time.Duration;
import java.util.List;
import org.hazwatch.platform.warning.rules.Trend;
import org.hazwatch.platform.warning.rules.Weights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.warning.*}; the defaults are those of docs/WARNINGS.md.
 *
 * @param evaluateEvery how often every enterprise with facts is assessed again (besides on every event)
 * @param hold          how long a lower level must hold before a warning is downgraded or lifted
 * @param settle        how long an event waits before its enterprise is assessed, so the events of one commit
 *                      are assessed together
 * @param score         the factors' scores
 * @param level         the lowest score of each level
 * @param trend         the predictive factor
 */
@ConfigurationProperties("hazwatch.warning")
record WarningSettings(
        @DefaultValue("1m") Duration evaluateEvery,
        @DefaultValue("5m") Duration hold,
        @DefaultValue("300ms") Duration settle,
        @DefaultValue Score score,
        @DefaultValue Level level,
        @DefaultValue TrendSettings trend) {

    /** Scores of the factors (SPEC §6). */
    record Score(
            @DefaultValue({"30", "20", "10", "5"}) List<Integer> inherentByLevel,
            @DefaultValue("40") int shutdownLimitAlarm,
            @DefaultValue("15") int operatingLimitAlarm,
            @DefaultValue("30m") Duration operatingLimitAfter,
            @DefaultValue("10") int furtherAlarm,
            @DefaultValue("2") int furtherAlarmsCounted,
            @DefaultValue("20") int equipmentAlarms,
            @DefaultValue("3") int equipmentAlarmPoints,
            @DefaultValue("25") int predictedCrossing,
            @DefaultValue("10") int startUpOrShutDown,
            @DefaultValue("5") int trialProduction,
            @DefaultValue("10") int specialOperations,
            @DefaultValue("15") int commitmentMissing,
            @DefaultValue("5") int commitmentLate,
            @DefaultValue("10") int custodyOverdue,
            @DefaultValue("10") int warningsUnhandled,
            @DefaultValue("20") int offline) {
    }

    /** Lowest score of each level. */
    record Level(@DefaultValue("80") int red, @DefaultValue("60") int orange, @DefaultValue("40") int yellow,
                 @DefaultValue("20") int blue) {
    }

    /**
     * The predictive factor: see {@link Trend.Settings}; {@code capacity} samples are kept per point with HH or LL.
     */
    record TrendSettings(
            @DefaultValue("15m") Duration window,
            @DefaultValue("60") int capacity,
            @DefaultValue("6") int minSamples,
            @DefaultValue("2m") Duration minSpan,
            @DefaultValue("0.7") double agreement,
            @DefaultValue("30m") Duration horizon,
            @DefaultValue("5m") Duration staleAfter) {
    }

    Weights weights() {
        return new Weights(score.inherentByLevel(), score.shutdownLimitAlarm(), score.operatingLimitAlarm(),
                score.operatingLimitAfter(), score.furtherAlarm(), score.furtherAlarmsCounted(),
                score.equipmentAlarms(), score.equipmentAlarmPoints(), score.predictedCrossing(),
                score.startUpOrShutDown(), score.trialProduction(), score.specialOperations(),
                score.commitmentMissing(), score.commitmentLate(), score.custodyOverdue(), score.warningsUnhandled(),
                score.offline(), level.red(), level.orange(), level.yellow(), level.blue());
    }

    Trend.Settings trendSettings() {
        return new Trend.Settings(trend.window(), trend.minSamples(), trend.minSpan(), trend.agreement(),
                trend.horizon(), trend.staleAfter());
    }
}
