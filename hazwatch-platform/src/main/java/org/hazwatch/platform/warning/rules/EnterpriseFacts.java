package org.hazwatch.platform.warning.rules;

import java.time.Instant;
import java.util.List;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * What the model knows of one enterprise at the moment of assessment: its hazard sources and the enterprise-wide
 * facts of SPEC §6 (operating state, management, data).
 *
 * @param commitment    where the enterprise stands with today's safety commitment
 * @param operations    what today's commitment declares; null when there is none
 * @param offlineSince  since when nothing arrived from the enterprise, when no filing covers it; null otherwise
 * @param overdueWarnings warnings past a handling deadline (from the disposal feature)
 * @param camerasOffline its cameras offline with no filing covering them (SPEC §11), in code order
 */
public record EnterpriseFacts(EnterpriseCode enterpriseCode, String name, List<SourceFacts> sources,
                              Commitment commitment, Operations operations, Instant offlineSince, int overdueWarnings,
                              List<CameraFact> camerasOffline) {

    public EnterpriseFacts {
        sources = List.copyOf(sources);
        camerasOffline = camerasOffline == null ? List.of() : List.copyOf(camerasOffline);
    }

    /** Without video facts (no camera offline). */
    public EnterpriseFacts(EnterpriseCode enterpriseCode, String name, List<SourceFacts> sources,
                           Commitment commitment, Operations operations, Instant offlineSince, int overdueWarnings) {
        this(enterpriseCode, name, sources, commitment, operations, offlineSince, overdueWarnings, List.of());
    }

    /** Today's commitment (安全承诺). */
    public enum Commitment {
        ON_TIME, LATE, MISSING, PENDING
    }

    /**
     * The operating state the day's commitment declares (开停车, 试生产, 特殊作业).
     *
     * @param unitsInTrial units in trial production
     */
    public record Operations(boolean startUpOrShutDown, int unitsInTrial, int hotWorkSpecial, int hotWorkGrade1,
                             int hotWorkGrade2, int confinedSpace) {

        public static Operations none() {
            return new Operations(false, 0, 0, 0, 0, 0);
        }

        int hotWorkAndConfinedSpace() {
            return hotWorkSpecial + hotWorkGrade1 + hotWorkGrade2 + confinedSpace;
        }
    }
}
