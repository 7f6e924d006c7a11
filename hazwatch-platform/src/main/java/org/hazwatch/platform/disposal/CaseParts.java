package org.hazwatch.platform.disposal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.hazwatch.platform.disposal.rules.DeadlinePolicy;
import org.hazwatch.platform.disposal.rules.HandlingCase;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.warning.HandlingFacts;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.stereotype.Component;

/**
 * What every writer of cases shares: the deadline policy, saving a case with its next due time, telling the warning
 * model the enterprise's overdue count, naming the person on the timeline.
 */
@Component
class CaseParts {

    static final String SYSTEM = "系统";

    private final DisposalStore store;
    private final HandlingFacts facts;
    private final Jurisdictions jurisdictions;
    private final DeadlinePolicy policy;
    private final ZoneId zone;
    private final Clock clock;

    CaseParts(DisposalStore store, HandlingFacts facts, Jurisdictions jurisdictions, DisposalSettings settings,
              HazwatchProperties hazwatch, Clock clock) {
        this.store = store;
        this.facts = facts;
        this.jurisdictions = jurisdictions;
        this.policy = settings.policy();
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    DeadlinePolicy policy() {
        return policy;
    }

    /** The zone the timeline's sentences write times in (the platform's). */
    ZoneId zone() {
        return zone;
    }

    Instant now() {
        return clock.instant();
    }

    void save(DisposalStore.Stored s, HandlingCase after, WarningLevel currentLevel, Instant now) {
        store.save(s.warningId(), after, currentLevel, after.nextDueAt(policy), now);
    }

    /** Tells the warning model how many of the enterprise's cases are overdue at {@code now}. */
    void reportOverdue(String enterpriseCode, Instant now) {
        facts.overdueWarnings(EnterpriseCode.of(enterpriseCode), store.overdueCount(enterpriseCode, now));
    }

    /** "值班员 hengtai", "泽州县监管人员 zezhou". */
    String who(Actor actor) {
        return switch (actor.role()) {
            case ENTERPRISE_OPERATOR -> "值班员 " + actor.username();
            case ENTERPRISE_ADMIN -> "企业管理员 " + actor.username();
            case PLATFORM_ADMIN -> "平台管理员 " + actor.username();
            case REGULATOR -> jurisdictions.find(actor.jurisdictionCode()).map(Jurisdiction::name).orElse("")
                    + "监管人员 " + actor.username();
        };
    }
}
