package org.hazwatch.platform.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification ledger (整改台账, SPEC §9): the orders, the enterprises flagged for enforcement, penalties (处罚)
 * and outside bulletins naming an enterprise (外部通报), per enterprise and per jurisdiction, for one filter.
 * Regulators record penalties and bulletins; both are audited.
 */
@Service
@EntryClass
public class Ledgers {

    public static final int MAX_ROWS = 1000;

    private final Rectifications rectifications;
    private final LedgerStore store;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Clock clock;

    Ledgers(Rectifications rectifications, LedgerStore store, Registry registry, Jurisdictions jurisdictions,
            Attachments attachments, AuditLog audit, Clock clock) {
        this.rectifications = rectifications;
        this.store = store;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The ledger the actor sees under {@code jurisdictionCode} (all it sees when null) for the filter: orders by
     * state, overdue, enterprise, item and the day issued; flags by enterprise, item and day; penalties and
     * bulletins by enterprise and day (state, overdue and item do not apply to them).
     */
    public LedgerView ledger(Actor actor, String jurisdictionCode, RectificationFilter filter) {
        JurisdictionScope scope = jurisdictions.scope(actor, jurisdictionCode)
                .ofEnterprise(Rectifications.blankToNull(filter.enterprise()));
        Map<String, String> names = new HashMap<>();
        return new LedgerView(rectifications.list(actor, jurisdictionCode, filter, MAX_ROWS),
                store.penalties(scope, filter.from(), filter.to(), MAX_ROWS).stream().map(p -> named(p, names))
                        .toList(),
                store.bulletins(scope, filter.from(), filter.to(), MAX_ROWS).stream().map(b -> named(b, names))
                        .toList(),
                rectifications.flags(actor, jurisdictionCode, filter, MAX_ROWS));
    }

    @Transactional
    public PenaltyView recordPenalty(Actor actor, NewPenalty p) {
        regulator(actor);
        RegisteredEnterprise enterprise = visible(actor, p.enterpriseCode());
        String number = Rectifications.text("decisionNumber", p.decisionNumber(), true);
        String basis = Rectifications.text("basis", p.basis(), true);
        String note = Rectifications.text("note", p.note(), false);
        if (p.decidedOn() == null) {
            throw InvalidInputException.of("decidedOn", "请填写处罚决定日期");
        }
        if (p.amount() == null || p.amount().signum() < 0 || p.amount().compareTo(new BigDecimal("1e12")) >= 0) {
            throw InvalidInputException.of("amount", "罚款金额（元）不能为负");
        }
        PenaltyView view = new PenaltyView(UUID.randomUUID(), enterprise.code(), enterprise.name(), number,
                p.decidedOn(), p.amount(), basis, note, actor.username(), clock.instant());
        store.addPenalty(view, enterprise.jurisdictionPath());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decisionNumber", number);
        detail.put("decidedOn", p.decidedOn().toString());
        detail.put("amount", p.amount().toPlainString());
        detail.put("basis", basis);
        audit.record(actor, "penalty.record", "penalty", view.id().toString(), enterprise.jurisdictionPath(),
                enterprise.code(), detail);
        return view;
    }

    /** Records a bulletin naming the enterprise; {@code attachment} as {@link Attachments} kept it, or null. */
    @Transactional
    public OutsideBulletinView recordBulletin(Actor actor, NewOutsideBulletin b, Attachment attachment) {
        regulator(actor);
        RegisteredEnterprise enterprise = visible(actor, b.enterpriseCode());
        String source = Rectifications.text("source", b.source(), true);
        String title = Rectifications.text("title", b.title(), true);
        if (b.publishedOn() == null) {
            throw InvalidInputException.of("publishedOn", "请填写通报日期");
        }
        OutsideBulletinView view = new OutsideBulletinView(UUID.randomUUID(), enterprise.code(), enterprise.name(),
                source, b.publishedOn(), title, attachment, actor.username(), clock.instant());
        store.addBulletin(view, enterprise.jurisdictionPath());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", source);
        detail.put("publishedOn", b.publishedOn().toString());
        detail.put("title", title);
        if (attachment != null) {
            detail.put("attachment", attachment.id());
        }
        audit.record(actor, "bulletin.outside.record", "outside-bulletin", view.id().toString(),
                enterprise.jurisdictionPath(), enterprise.code(), detail);
        return view;
    }

    /** The document of a bulletin the actor sees. */
    public Optional<Attachments.Content> bulletinDocument(Actor actor, UUID id) {
        OutsideBulletinView b = store.bulletin(id).filter(p -> actor.sees(p.view().enterpriseCode(),
                p.jurisdictionPath())).map(LedgerStore.Placed::view)
                .orElseThrow(() -> new NotFoundException("outside-bulletin", id.toString()));
        return b.attachment() == null ? Optional.empty() : attachments.open(b.attachment().id());
    }

    private PenaltyView named(PenaltyView p, Map<String, String> names) {
        return new PenaltyView(p.id(), p.enterpriseCode(), rectifications.name(p.enterpriseCode(), names),
                p.decisionNumber(), p.decidedOn(), p.amount(), p.basis(), p.note(), p.recordedBy(), p.recordedAt());
    }

    private OutsideBulletinView named(OutsideBulletinView b, Map<String, String> names) {
        return new OutsideBulletinView(b.id(), b.enterpriseCode(), rectifications.name(b.enterpriseCode(), names),
                b.source(), b.publishedOn(), b.title(), b.attachment(), b.recordedBy(), b.recordedAt());
    }

    private RegisteredEnterprise visible(Actor actor, String enterpriseCode) {
        if (enterpriseCode == null || enterpriseCode.isBlank()) {
            throw InvalidInputException.of("enterpriseCode", "请选择企业");
        }
        return registry.enterprise(enterpriseCode).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }

    private static void regulator(Actor actor) {
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("regulators record penalties and outside bulletins");
        }
    }
}
