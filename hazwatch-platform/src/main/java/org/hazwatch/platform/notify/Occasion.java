package org.hazwatch.platform.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.notify.rules.NoticeKind;
import org.hazwatch.platform.notify.rules.Party;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;

/**
 * An event the platform notifies on, as the outbox takes it.
 *
 * @param key         unique per occasion; the same event published twice makes one notification
 * @param factors     {@code label：detail}
 * @param escalatedTo the parties of a disposal escalation; empty otherwise
 * @param person      the custody person named by a custody notice, else null
 * @param note        the kind's own detail (see {@link org.hazwatch.platform.notify.rules.Notice#note()})
 */
record Occasion(String key, NoticeKind kind, String enterpriseCode, String hazardSourceCode, String jurisdictionPath,
                WarningLevel level, WarningLevel previousLevel, UUID warningId, List<String> factors,
                Instant deadline, String note, Set<Party> escalatedTo, String person, Instant at) {

    static Occasion of(String key, NoticeKind kind, EnterpriseCode enterpriseCode, HazardSourceCode hazardSourceCode,
                       String path, WarningLevel level, UUID warningId, Instant at) {
        return new Occasion(key, kind, enterpriseCode.code(), Objects.toString(hazardSourceCode, null), path, level,
                null, warningId, List.of(), null, null, Set.of(), null, at);
    }

    Occasion withFactors(List<String> factors) {
        return new Occasion(key, kind, enterpriseCode, hazardSourceCode, jurisdictionPath, level, previousLevel,
                warningId, factors, deadline, note, escalatedTo, person, at);
    }

    Occasion withDeadline(Instant deadline) {
        return new Occasion(key, kind, enterpriseCode, hazardSourceCode, jurisdictionPath, level, previousLevel,
                warningId, factors, deadline, note, escalatedTo, person, at);
    }

    Occasion withNote(String note) {
        return new Occasion(key, kind, enterpriseCode, hazardSourceCode, jurisdictionPath, level, previousLevel,
                warningId, factors, deadline, note, escalatedTo, person, at);
    }

    Occasion withPrevious(WarningLevel previousLevel) {
        return new Occasion(key, kind, enterpriseCode, hazardSourceCode, jurisdictionPath, level, previousLevel,
                warningId, factors, deadline, note, escalatedTo, person, at);
    }

    Occasion escalatedTo(Set<Party> parties) {
        return new Occasion(key, kind, enterpriseCode, hazardSourceCode, jurisdictionPath, level, previousLevel,
                warningId, factors, deadline, note, Set.copyOf(parties), person, at);
    }

    Occasion naming(String person) {
        return new Occasion(key, kind, enterpriseCode, hazardSourceCode, jurisdictionPath, level, previousLevel,
                warningId, factors, deadline, note, escalatedTo, person, at);
    }
}
