package org.hazwatch.platform.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.inspection.rules.PrefilledItem;
import org.hazwatch.platform.org.JurisdictionLevel;

/**
 * Today's patrol of a jurisdiction (今日巡查): the enterprises due — every enterprise of a county or park, the
 * spot-check list of a city or province — each with the eight items pre-filled and today's records.
 *
 * @param kind  {@code PATROL} or {@code SPOT_CHECK}
 * @param round the round now (county, park), null for spot checks
 */
public record TodaysPatrol(String jurisdiction, String name, JurisdictionLevel level, LocalDate day, String kind,
                           PatrolRound round, List<ComplianceView.RoundFigure> rounds, List<DueEnterprise> enterprises) {

    /** An enterprise due, with the pre-filled items and the records made of it today. */
    public record DueEnterprise(String enterpriseCode, String name, String jurisdictionPath,
                                List<PrefilledItem> items, List<RecordRef> records) {

        public long abnormal() {
            return items.stream().filter(i -> i.result() == org.hazwatch.platform.inspection.rules.PatrolResult.ABNORMAL)
                    .count();
        }
    }

    /** A record made today: its id, round (null for a spot check), who and how many abnormal items. */
    public record RecordRef(UUID id, PatrolRound round, String kind, String recordedBy, int abnormal) {
    }
}
