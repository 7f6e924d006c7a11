package org.hazwatch.platform.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.registry.rules.BaseDataValidator;
import org.hazwatch.platform.registry.rules.Gb18218Grading;
import org.hazwatch.platform.registry.rules.Grading;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The scoped reads of the registry API: what the actor does not see is answered as not found. */
@Service
class RegistryReads {

    private final RegistryQueries queries;
    private final BaseDataReader reader;
    private final Jurisdictions jurisdictions;
    private final Gb18218Grading grading;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    RegistryReads(RegistryQueries queries, BaseDataReader reader, Jurisdictions jurisdictions, Gb18218Grading grading,
                  AuditLog audit, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.queries = queries;
        this.reader = reader;
        this.jurisdictions = jurisdictions;
        this.grading = grading;
        this.audit = audit;
        this.transaction = transaction;
        this.events = events;
    }

    /** What the actor sees at or under the node (all it sees when null); empty for an unknown node. */
    java.util.Optional<JurisdictionScope> scope(Actor actor, String jurisdiction) {
        return jurisdiction == null ? java.util.Optional.of(actor.scope())
                : jurisdictions.find(jurisdiction).map(node -> actor.scope().under(node.path()));
    }

    /** @param jurisdiction only enterprises at or under this node; a node the actor does not see gives none */
    Page<RegisteredEnterprise> enterprises(Actor actor, String jurisdiction, int page, int size) {
        if (jurisdiction == null) {
            return queries.enterprises(actor.scope(), page, size);
        }
        return jurisdictions.find(jurisdiction).map(node -> queries.enterprises(actor.scope().under(node.path()),
                page, size)).orElseGet(() -> new Page<>(List.of(), page, size, 0));
    }

    RegisteredEnterprise enterprise(Actor actor, String code) {
        return RegistryAccess.visible(actor, queries.enterprise(code), code);
    }

    BaseDataDocument document(Actor actor, String code) {
        enterprise(actor, code);
        return reader.document(code).orElseThrow(() -> new NotFoundException("enterprise", code));
    }

    List<HazardSourceView> hazardSources(Actor actor, String enterpriseCode) {
        enterprise(actor, enterpriseCode);
        return queries.hazardSources(enterpriseCode);
    }

    List<PointDefinition> points(Actor actor, String enterpriseCode) {
        enterprise(actor, enterpriseCode);
        return queries.pointsOf(enterpriseCode);
    }

    HazardSourceView hazardSource(Actor actor, String code) {
        HazardSourceView source = queries.hazardSource(code)
                .orElseThrow(() -> new NotFoundException("hazard source", code));
        queries.enterprise(source.enterpriseCode())
                .filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("hazard source", code));
        return source;
    }

    /** Graded afresh from the registered chemicals, so the working shown is the catalogue's of today. */
    GradingView grading(Actor actor, String code) {
        HazardSourceView source = hazardSource(actor, code);
        var chemicals = reader.document(source.enterpriseCode()).orElseThrow().hazardSources().stream()
                .filter(h -> h.code().equals(code)).findFirst().orElseThrow().chemicals();
        Grading g = grading.grade(chemicals.stream().map(BaseDataValidator::amount).toList(), source.exposedPeople());
        return new GradingView(code, g.s(), g.r(), g.level(), g.alpha(), g.majorHazard(), source.officialLevel(),
                g.terms().stream().map(t -> new GradingView.Term(t.cas(), t.name(), t.q(), t.criticalQ(), t.beta(),
                        t.ratio(), t.basis())).toList());
    }

    /** Records (or, with null, clears) the level a regulator officially assigned (认定级别); audited and published. */
    HazardSourceView recordOfficialLevel(Actor actor, String code, Integer level) {
        HazardSourceView source = hazardSource(actor, code);
        RegistryAccess.checkRecordsOfficialLevel(actor);
        if (level != null && (level < 1 || level > 4)) {
            throw InvalidInputException.of("level", "level must be 1 (一级) … 4 (四级), or null to clear it");
        }
        RegisteredEnterprise enterprise = queries.enterprise(source.enterpriseCode()).orElseThrow();
        transaction.executeWithoutResult(status -> {
            queries.recordOfficialLevel(code, level);
            audit.record(actor, "registry.official-level", "hazard_source", code, enterprise.jurisdictionPath(),
                    enterprise.code(), levels(source.officialLevel(), level));
            events.publishEvent(new RegistryChanged(EnterpriseCode.of(enterprise.code()),
                    RegistryChanged.Change.OFFICIAL_LEVEL));
        });
        return queries.hazardSource(code).orElseThrow();
    }

    private static Map<String, Integer> levels(Integer from, Integer to) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("from", from);
        levels.put("to", to);
        return levels;
    }
}
