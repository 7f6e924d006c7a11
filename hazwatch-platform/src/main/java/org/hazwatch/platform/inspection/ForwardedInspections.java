package org.hazwatch.platform.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Patrol records and rectification orders another platform (a city) keeps and forwarded to this one (cascade, SPEC
 * §12), kept by the cascade feature: the lists and reads show them beside this platform's own, marked with their
 * origin, and nothing here writes on them (the city follows them up).
 */
public interface ForwardedInspections {

    /** Whether another platform keeps the enterprise (its people answer there, its regulators accept there). */
    boolean forwarded(EnterpriseCode enterpriseCode);

    /** The forwarded records of the day within the scope, newest first. */
    List<PatrolRecordView> patrols(JurisdictionScope scope, LocalDate day);

    Optional<PatrolRecordView> patrol(JurisdictionScope scope, UUID id);

    /** The forwarded orders within the scope (unfiltered; the ledger filters), newest first. */
    List<RectificationView> rectifications(JurisdictionScope scope, int limit);

    /** A forwarded order with its timeline as the city shows it. */
    Optional<Forwarded> rectification(JurisdictionScope scope, UUID id);

    record Forwarded(RectificationView order, List<RectificationStepView> timeline) {
    }
}
