package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.util.List;

/**
 * The scores of the warning model's factors and the thresholds of its levels (SPEC §6: the national formula is not
 * public, so every number here is a configurable default; docs/WARNINGS.md gives the reasoning).
 *
 * @param inherentByLevel        score of a level-1 … level-4 hazard source (index 0 = 一级)
 * @param shutdownLimitAlarm     an HH or LL alarm in force
 * @param operatingLimitAlarm    an H or L alarm in force for longer than {@code operatingLimitAfter}
 * @param furtherAlarm           each further alarm of the same factor
 * @param furtherAlarmsCounted   how many further alarms count at most
 * @param equipmentAlarms        {@code equipmentAlarmPoints} or more points of one equipment in alarm together
 * @param predictedCrossing      a trend predicted to cross HH/LL within the trend's horizon
 * @param startUpOrShutDown      start-up or shut-down (开停车) in progress
 * @param trialProduction        units in trial production (试生产)
 * @param specialOperations      hot work or confined-space entry (动火, 受限空间) today
 * @param commitmentMissing      no commitment by the deadline (未承诺)
 * @param commitmentLate         the commitment came after the deadline (迟报)
 * @param custodyOverdue         custody duties (包保履职) overdue
 * @param warningsUnhandled      warnings past a handling deadline
 * @param offline                enterprise offline without a filing
 * @param videoOffline           cameras offline without a filing (while the enterprise itself is online)
 * @param red                    lowest score of a red warning; likewise orange, yellow, blue
 * @param predictedOperatingCrossing a trend read over hours predicted to cross the operating limit H/L within the
 *                               hour, from inside the normal band (less than an H alarm standing for 30 minutes:
 *                               it has not happened yet)
 */
public record Weights(List<Integer> inherentByLevel, int shutdownLimitAlarm, int operatingLimitAlarm,
                      Duration operatingLimitAfter, int furtherAlarm, int furtherAlarmsCounted, int equipmentAlarms,
                      int equipmentAlarmPoints, int predictedCrossing, int startUpOrShutDown, int trialProduction,
                      int specialOperations, int commitmentMissing, int commitmentLate, int custodyOverdue,
                      int warningsUnhandled, int offline, int videoOffline, int red, int orange, int yellow,
                      int blue, int predictedOperatingCrossing) {

    /** The default score of cameras offline without a filing. */
    public static final int VIDEO_OFFLINE = 10;
    /** The default score of an operating limit's predicted crossing. */
    public static final int PREDICTED_OPERATING_CROSSING = 10;

    public Weights {
        if (inherentByLevel.size() != 4) {
            throw new IllegalArgumentException("one inherent score for each of the four levels");
        }
        if (!(red > orange && orange > yellow && yellow > blue && blue > 0)) {
            throw new IllegalArgumentException("thresholds must fall from red to blue and stay above 0");
        }
        inherentByLevel = List.copyOf(inherentByLevel);
    }

    /** An operating limit's predicted crossing scoring {@link #PREDICTED_OPERATING_CROSSING}. */
    public Weights(List<Integer> inherentByLevel, int shutdownLimitAlarm, int operatingLimitAlarm,
                   Duration operatingLimitAfter, int furtherAlarm, int furtherAlarmsCounted, int equipmentAlarms,
                   int equipmentAlarmPoints, int predictedCrossing, int startUpOrShutDown, int trialProduction,
                   int specialOperations, int commitmentMissing, int commitmentLate, int custodyOverdue,
                   int warningsUnhandled, int offline, int videoOffline, int red, int orange, int yellow, int blue) {
        this(inherentByLevel, shutdownLimitAlarm, operatingLimitAlarm, operatingLimitAfter, furtherAlarm,
                furtherAlarmsCounted, equipmentAlarms, equipmentAlarmPoints, predictedCrossing, startUpOrShutDown,
                trialProduction, specialOperations, commitmentMissing, commitmentLate, custodyOverdue,
                warningsUnhandled, offline, videoOffline, red, orange, yellow, blue, PREDICTED_OPERATING_CROSSING);
    }

    /** Cameras offline scoring {@link #VIDEO_OFFLINE}. */
    public Weights(List<Integer> inherentByLevel, int shutdownLimitAlarm, int operatingLimitAlarm,
                   Duration operatingLimitAfter, int furtherAlarm, int furtherAlarmsCounted, int equipmentAlarms,
                   int equipmentAlarmPoints, int predictedCrossing, int startUpOrShutDown, int trialProduction,
                   int specialOperations, int commitmentMissing, int commitmentLate, int custodyOverdue,
                   int warningsUnhandled, int offline, int red, int orange, int yellow, int blue) {
        this(inherentByLevel, shutdownLimitAlarm, operatingLimitAlarm, operatingLimitAfter, furtherAlarm,
                furtherAlarmsCounted, equipmentAlarms, equipmentAlarmPoints, predictedCrossing, startUpOrShutDown,
                trialProduction, specialOperations, commitmentMissing, commitmentLate, custodyOverdue,
                warningsUnhandled, offline, VIDEO_OFFLINE, red, orange, yellow, blue);
    }

    /** The defaults of docs/WARNINGS.md. */
    public static Weights defaults() {
        return new Weights(List.of(30, 20, 10, 5), 40, 15, Duration.ofMinutes(30), 10, 2, 20, 3, 25, 10, 5, 10, 15,
                5, 10, 10, 20, 80, 60, 40, 20);
    }

    /** The level of a score, or null below blue. */
    public WarningLevel levelOf(int score) {
        if (score >= red) {
            return WarningLevel.RED;
        }
        if (score >= orange) {
            return WarningLevel.ORANGE;
        }
        if (score >= yellow) {
            return WarningLevel.YELLOW;
        }
        return score >= blue ? WarningLevel.BLUE : null;
    }

    int inherent(Integer level) {
        return level == null || level < 1 || level > 4 ? 0 : inherentByLevel.get(level - 1);
    }
}
