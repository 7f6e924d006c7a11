package org.hazwatch.platform.commitment.rules;

/**
 * The content of a daily safety commitment (安全风险研判与承诺公告, SPEC §8), as the enterprise fills it in.
 * Counts are boxed so that a missing field is told apart from zero.
 *
 * @param unitsTotal            装置总数
 * @param unitsRunning          运行
 * @param unitsStopped          停车
 * @param unitsUnderMaintenance 检修
 * @param unitsInTrial          试生产 (running units in trial production, so at most {@code unitsRunning})
 * @param startUpOrShutDown     开停车 in progress
 * @param operations            special operations (特殊作业) counts
 * @param contractorsOnSite     承包商 on site
 * @param hazardSourcesSafe     every major hazard source is in a safe state (重大危险源是否处于安全状态)
 * @param riskGrade             the enterprise's own risk judgement (安全风险等级)
 * @param committedBy           the committing person (承诺人), the main responsible person
 * @param pledge                the text of the pledge (承诺内容)
 */
public record CommitmentForm(Integer unitsTotal, Integer unitsRunning, Integer unitsStopped,
                             Integer unitsUnderMaintenance, Integer unitsInTrial, Boolean startUpOrShutDown,
                             SpecialOperations operations, Integer contractorsOnSite, Boolean hazardSourcesSafe,
                             RiskGrade riskGrade, String committedBy, String pledge) {

    /**
     * Special operations (GB 30871-2022 特殊作业) planned for the day.
     *
     * @param hotWorkSpecial 特级动火
     * @param hotWorkGrade1  一级动火
     * @param hotWorkGrade2  二级动火
     */
    public record SpecialOperations(Integer hotWorkSpecial, Integer hotWorkGrade1, Integer hotWorkGrade2,
                                    Integer confinedSpace, Integer workAtHeight, Integer lifting,
                                    Integer temporaryPower, Integer excavation, Integer roadClosure,
                                    Integer blinding, Integer maintenance) {

        public static SpecialOperations none() {
            return new SpecialOperations(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        public int hotWork() {
            return n(hotWorkSpecial) + n(hotWorkGrade1) + n(hotWorkGrade2);
        }

        private static int n(Integer i) {
            return i == null ? 0 : i;
        }
    }

    /** The four colours of SPEC §6: red 重大, orange 较大, yellow 一般, blue 低. */
    public enum RiskGrade {
        RED, ORANGE, YELLOW, BLUE
    }
}
