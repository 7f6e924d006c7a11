package org.hazwatch.platform.notify.rules;

import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The facts a notification's text is made of.
 *
 * @param hazardSourceName null for a notice on the whole enterprise
 * @param level            the warning's level; for a lift the last one; null for kinds without a level
 * @param previousLevel    the level before an upgrade or downgrade, else null
 * @param factors          the warning's factors as {@code label：detail}, most important first
 * @param deadline         the time by which someone must act (sign for, feed back, check), or null
 * @param note             a kind's own detail: the missed step, the instruction, the filing type, the person
 * @param at               when it happened
 */
public record Notice(NoticeKind kind, String enterpriseCode, String enterpriseName, String hazardSourceName,
                     WarningLevel level, WarningLevel previousLevel, List<String> factors, Instant deadline,
                     String note, Instant at) {

    public Notice {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /** The enterprise and, where there is one, the hazard source: 晋城市恒泰氯碱化工有限公司 液氯储罐区. */
    public String where() {
        return hazardSourceName == null ? enterpriseName : enterpriseName + " " + hazardSourceName;
    }
}
