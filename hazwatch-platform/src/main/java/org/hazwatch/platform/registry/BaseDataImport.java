package org.hazwatch.platform.registry;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.ImportReport.NewGateway;
import org.hazwatch.platform.registry.ImportReport.TableChange;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.registry.rules.BaseDataValidator;
import org.hazwatch.platform.registry.rules.DocumentProblem;
import org.hazwatch.platform.registry.rules.EnterprisePlacement;
import org.hazwatch.platform.registry.rules.Gb18218Grading;
import org.hazwatch.platform.registry.rules.Grading;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one enterprise's base data: access check, validation of the whole document, GB 18218 grading of each
 * hazard source, one transaction for the writes and the audit entry.
 */
@Service
class BaseDataImport {

    private static final int SECRET_BYTES = 32;

    private final RegistryQueries queries;
    private final BaseDataWriter writer;
    private final Jurisdictions jurisdictions;
    private final Gb18218Grading grading;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    BaseDataImport(RegistryQueries queries, BaseDataWriter writer, Jurisdictions jurisdictions,
                   Gb18218Grading grading, AuditLog audit, ApplicationEventPublisher events,
                   TransactionTemplate transaction) {
        this.queries = queries;
        this.writer = writer;
        this.jurisdictions = jurisdictions;
        this.grading = grading;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    /** Checks everything and stores nothing unless all is well; problems are keyed by JSON path. */
    ImportReport importDocument(Actor actor, BaseDataDocument document) {
        return importDocument(actor, document,
                found -> found.stream().map(p -> new Problem(p.path(), p.reason())).toList());
    }

    /**
     * @param places where the validator's problems lie in what the caller sent (JSON paths, workbook cells), with
     *               any problems found while reading it
     */
    ImportReport importDocument(Actor actor, BaseDataDocument document,
                                Function<List<DocumentProblem>, List<Problem>> places) {
        return importDocument(actor, document, places, null);
    }

    /**
     * What a single-object edit records in the audit log instead of the import's table counts.
     *
     * @param action {@code registry.edit}
     * @param type   {@code point}, {@code equipment}, {@code hazard_source} or {@code camera}
     */
    record Edit(String action, String type, String code, Map<String, Object> detail) {
    }

    /**
     * The one path every write of base data takes: a single-object edit is the enterprise's stored document with
     * the object replaced, checked by the same validator and written, audited and published as an import is.
     *
     * @param edit null for an import
     */
    ImportReport importDocument(Actor actor, BaseDataDocument document,
                                Function<List<DocumentProblem>, List<Problem>> places, Edit edit) {
        String code = document == null || document.enterprise() == null ? null : document.enterprise().code();
        Optional<RegisteredEnterprise> existing = code == null ? Optional.empty() : queries.enterprise(code);
        existing.filter(e -> !actor.sees(e.code(), e.jurisdictionPath())).ifPresent(e -> {
            throw new NotFoundException("enterprise", e.code());
        });
        RegistryAccess.checkWrites(actor, code);
        List<Problem> problems = places.apply(
                new BaseDataValidator(jurisdictions::find, grading::check, existing.isPresent()).check(document));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var enterprise = document.enterprise();
        var placement = ((EnterprisePlacement.Placed) EnterprisePlacement.place(enterprise.code(),
                enterprise.jurisdiction(), enterprise.park(), jurisdictions::find, existing.isPresent())).placement();
        RegistryAccess.checkPlacement(actor, existing, placement);
        Map<String, Grading> gradings = new LinkedHashMap<>();
        for (HazardSource source : document.hazardSources()) {
            gradings.put(source.code(), grading.grade(
                    source.chemicals().stream().map(BaseDataValidator::amount).toList(), source.exposedPeople()));
        }
        List<NewGateway> secrets = new ArrayList<>();
        Map<String, TableChange> changes = transaction.execute(status -> {
            Map<String, TableChange> written = writer.write(document, placement, gradings, gateway -> {
                String secret = HexFormat.of().formatHex(bytes());
                secrets.add(new NewGateway(gateway, secret));
                return secret;
            });
            if (edit == null) {
                audit.record(actor, "registry.import", "enterprise", enterprise.code(),
                        placement.jurisdictionPath(), enterprise.code(), summary(written));
            } else {
                audit.record(actor, edit.action(), edit.type(), edit.code(), placement.jurisdictionPath(),
                        enterprise.code(), edit.detail());
            }
            EnterpriseCode placed = EnterpriseCode.of(enterprise.code());
            existing.filter(e -> !e.jurisdictionPath().equals(placement.jurisdictionPath()))
                    .ifPresent(e -> events.publishEvent(new EnterpriseMoved(placed, e.jurisdictionPath(),
                            placement.jurisdictionPath())));
            events.publishEvent(new RegistryChanged(placed, RegistryChanged.Change.BASE_DATA));
            return written;
        });
        return new ImportReport(enterprise.code(), changes, secrets);
    }

    private byte[] bytes() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** Counts only: the audit entry must not carry gateway secrets. */
    private static Map<String, Object> summary(Map<String, TableChange> changes) {
        Map<String, Object> summary = new LinkedHashMap<>();
        changes.forEach((table, change) -> summary.put(table,
                Map.of("created", change.created(), "updated", change.updated(), "removed", change.removed())));
        return summary;
    }
}
