package org.hazwatch.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolChecks;
import org.hazwatch.platform.inspection.rules.PatrolEntry;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.PatrolPrefill;
import org.hazwatch.platform.inspection.rules.PatrolResult;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.inspection.rules.PatrolSchedules;
import org.hazwatch.platform.inspection.rules.PrefilledItem;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patrols and spot checks (巡查抽查, SPEC §9): today's list of a jurisdiction with the items pre-filled from the
 * platform's data, the records with notes and snapshots, the spot-check lists and the regulators' compliance.
 * Everything is scoped: another jurisdiction's record or enterprise answers as not found.
 */
@Service
@EntryClass
public class Patrols {

    /** A record as sent: items not given take the pre-filled result. */
    public record NewPatrol(String enterpriseCode, PatrolRound round, List<PatrolEntry> items, String note) {
    }

    private final PatrolStore store;
    private final PatrolFactsReader facts;
    private final PatrolCompliance compliance;
    private final SpotCheckLists spotChecks;
    private final PatrolUnits units;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final Attachments attachments;
    private final AuditLog audit;
    private final ZoneId zone;
    private final Clock clock;
    private final Rectifications rectifications;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ForwardedInspections> forwarded;

    Patrols(PatrolStore store, PatrolFactsReader facts, PatrolCompliance compliance, SpotCheckLists spotChecks,
            PatrolUnits units, Registry registry, Jurisdictions jurisdictions, Attachments attachments, AuditLog audit,
            HazwatchProperties hazwatch, Clock clock, Rectifications rectifications,
            ApplicationEventPublisher events, ObjectProvider<ForwardedInspections> forwarded) {
        this.rectifications = rectifications;
        this.events = events;
        this.forwarded = forwarded;
        this.store = store;
        this.facts = facts;
        this.compliance = compliance;
        this.spotChecks = spotChecks;
        this.units = units;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.attachments = attachments;
        this.audit = audit;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /** Today's patrol of the node (the actor's own when null): the enterprises due with the items pre-filled. */
    public TodaysPatrol today(Actor actor, String jurisdictionCode) {
        Jurisdiction node = node(actor, jurisdictionCode);
        Instant now = clock.instant();
        LocalDate day = compliance.schedule().dayOf(now);
        boolean patrol = PatrolUnits.patrols(node.level());
        List<RegisteredEnterprise> due;
        if (patrol) {
            due = units.enterprises(node.code());
        } else {
            Map<String, RegisteredEnterprise> byCode = new LinkedHashMap<>();
            units.enterprises(node.code()).forEach(e -> byCode.put(e.code(), e));
            due = spotChecks.ensure(node, day, now).stream().map(l -> byCode.get(l.enterpriseCode()))
                    .filter(e -> e != null).toList();
        }
        Map<String, List<TodaysPatrol.RecordRef>> records = new LinkedHashMap<>();
        for (PatrolRecordView r : store.ofDay(actor.scope().under(node.path()), day)) {
            records.computeIfAbsent(r.enterpriseCode(), k -> new ArrayList<>()).add(new TodaysPatrol.RecordRef(r.id(),
                    r.round(), r.kind(), r.recordedBy(), r.abnormal().size()));
        }
        List<TodaysPatrol.DueEnterprise> enterprises = due.stream().map(e -> new TodaysPatrol.DueEnterprise(e.code(),
                e.name(), e.jurisdictionPath(), PatrolPrefill.items(facts.of(e.code()), now, zone),
                records.getOrDefault(e.code(), List.of()))).toList();
        ComplianceView figures = compliance.of(node, day);
        return new TodaysPatrol(node.code(), node.name(), node.level(), day, patrol ? "PATROL" : "SPOT_CHECK",
                patrol ? compliance.schedule(node.path()).roundAt(now) : null, figures.rounds(), enterprises);
    }

    /** The items of one enterprise pre-filled now, for the record form. */
    public List<PrefilledItem> prefilled(Actor actor, String enterpriseCode) {
        visibleEnterprise(actor, enterpriseCode);
        return PatrolPrefill.items(facts.of(enterpriseCode), clock.instant(), zone);
    }

    /**
     * Saves a record by a regulator who sees the enterprise: a patrol (with its round, the current one when none is
     * given) by a county, park or town, a spot check (no round) by a city or province; audited.
     */
    @Transactional
    public PatrolRecordView record(Actor actor, NewPatrol patrol) {
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("regulators patrol");
        }
        JurisdictionLevel level = actor.jurisdictionCode() == null ? null
                : jurisdictions.require(actor.jurisdictionCode()).level();
        boolean spotCheck = level == null ? patrol.round() == null : !PatrolUnits.patrols(level);
        List<PatrolChecks.Issue> issues = PatrolChecks.problems(patrol.enterpriseCode(), patrol.round(), spotCheck,
                patrol.items(), patrol.note());
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues.stream().map(i -> new Problem(i.field(), i.reason())).toList());
        }
        RegisteredEnterprise enterprise = visibleEnterprise(actor, patrol.enterpriseCode());
        return save(actor, enterprise, patrol, spotCheck, clock.instant(), actor.username(), actor.jurisdictionCode(),
                actor.jurisdictionPath() == null ? "" : actor.jurisdictionPath());
    }

    /**
     * A record made at a stated time by a regulator of the node {@code byJurisdictionCode} (a county or park: a
     * patrol, else a spot check), for seeding and for taking over another platform's records; the platform admin
     * only; audited. The evidence is what the platform's data shows now.
     */
    @Transactional
    public PatrolRecordView importMade(Actor actor, NewPatrol patrol, Instant madeAt, String madeBy,
                                       String byJurisdictionCode) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the platform admin imports records");
        }
        Jurisdiction by = jurisdictions.require(byJurisdictionCode);
        boolean spotCheck = !PatrolUnits.patrols(by.level());
        List<PatrolChecks.Issue> issues = PatrolChecks.problems(patrol.enterpriseCode(), patrol.round(), spotCheck,
                patrol.items(), patrol.note());
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues.stream().map(i -> new Problem(i.field(), i.reason())).toList());
        }
        RegisteredEnterprise enterprise = visibleEnterprise(actor, patrol.enterpriseCode());
        return save(actor, enterprise, patrol, spotCheck, madeAt, madeBy, by.code(), by.path());
    }

    private PatrolRecordView save(Actor actor, RegisteredEnterprise enterprise, NewPatrol patrol, boolean spotCheck,
                                  Instant now, String recordedBy, String byCode, String byPath) {
        Map<PatrolItem, PatrolEntry> given = new EnumMap<>(PatrolItem.class);
        patrol.items().forEach(e -> given.put(e.item(), e));
        List<PatrolRecordView.RecordedItem> items = new ArrayList<>();
        for (PrefilledItem p : PatrolPrefill.items(facts.of(enterprise.code()), now, zone)) {
            PatrolEntry e = given.get(p.item());
            items.add(new PatrolRecordView.RecordedItem(p.item(), e == null ? p.result() : e.result(),
                    e == null || e.note() == null || e.note().isBlank() ? null : e.note().strip(), p.evidence()));
        }
        PatrolRound round = spotCheck ? null : patrol.round() != null ? patrol.round()
                : compliance.schedule(enterprise.jurisdictionPath()).roundAt(now);
        PatrolRecordView view = new PatrolRecordView(UUID.randomUUID(), enterprise.code(),
                spotCheck ? "SPOT_CHECK" : "PATROL", round, compliance.schedule().dayOf(now), items,
                patrol.note() == null || patrol.note().isBlank() ? null : patrol.note().strip(), List.of(),
                recordedBy, now, null);
        store.add(view, enterprise.jurisdictionPath(), byCode, byPath);
        // part rectify: each item the inspector recorded abnormal is a finding (one per record and item)
        rectifications.patrolled(actor, enterprise, view.id(), patrol.items(), now);
        recorded(view, enterprise.jurisdictionPath(), now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", view.kind());
        detail.put("round", round == null ? null : round.name());
        detail.put("abnormal", view.abnormal().stream().map(i -> i.item().name()).toList());
        audit.record(actor, "patrol.record", "patrol", view.id().toString(), enterprise.jurisdictionPath(),
                enterprise.code(), detail);
        return view;
    }

    /**
     * A spot check the province made and sent down (cascade, SPEC §12), kept as it was made — its id, items with their
     * evidence, who ({@code 省级平台/<user>}) and when — as a record of the actor's node (the province); its abnormal
     * items are findings here, so the city follows them up. Audited as made by {@code actor}.
     */
    @Transactional
    public PatrolRecordView takeOver(Actor actor, PatrolRecordView made) {
        RegisteredEnterprise enterprise = visibleEnterprise(actor, made.enterpriseCode());
        PatrolRecordView view = new PatrolRecordView(made.id(), enterprise.code(), "SPOT_CHECK", null, made.day(),
                made.items(), made.note(), List.of(), made.recordedBy(), made.recordedAt(), null);
        store.add(view, enterprise.jurisdictionPath(), actor.jurisdictionCode(),
                actor.jurisdictionPath() == null ? "" : actor.jurisdictionPath());
        rectifications.patrolled(actor, enterprise, view.id(), view.abnormal().stream()
                .map(i -> new PatrolEntry(i.item(), i.result(), i.note())).toList(), view.recordedAt());
        audit.record(actor, "patrol.record", "patrol", view.id().toString(), enterprise.jurisdictionPath(),
                enterprise.code(), Map.of("kind", view.kind(), "origin", "province",
                        "abnormal", view.abnormal().stream().map(i -> i.item().name()).toList()));
        recorded(view, enterprise.jurisdictionPath(), clock.instant());
        return view;
    }

    private void recorded(PatrolRecordView view, String path, Instant at) {
        events.publishEvent(new PatrolRecorded(view.id(), EnterpriseCode.of(view.enterpriseCode()), path,
                view.kind(), view.recordedBy(), at));
    }

    /** A record the actor sees: this platform's own, else one a city forwarded. */
    public PatrolRecordView one(Actor actor, UUID id) {
        return store.find(id).filter(s -> actor.sees(s.view().enterpriseCode(), s.jurisdictionPath()))
                .map(PatrolStore.Stored::view)
                .or(() -> forwardedCopy(actor, id))
                .orElseThrow(() -> new NotFoundException("patrol", id.toString()));
    }

    private Optional<PatrolRecordView> forwardedCopy(Actor actor, UUID id) {
        ForwardedInspections cascade = forwarded.getIfAvailable();
        return cascade == null ? Optional.empty() : cascade.patrol(actor.scope(), id);
    }

    /** Adds snapshots (JPEG, PNG or PDF) to a record; audited. */
    @Transactional
    public PatrolRecordView addSnapshot(Actor actor, UUID id, String name, byte[] bytes) {
        if (store.find(id).isEmpty() && forwardedCopy(actor, id).isPresent()) {
            throw InvalidInputException.of("origin", "由市级平台转发的记录只读，请在市级平台办理");
        }
        PatrolStore.Stored s = stored(actor, id);
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("regulators patrol");
        }
        Attachment a = attachments.store("snapshot", name, bytes);
        List<Attachment> all = new ArrayList<>(s.view().snapshots());
        if (all.stream().noneMatch(x -> x.id().equals(a.id()))) {
            all.add(a);
        }
        store.addSnapshots(id, all);
        audit.record(actor, "patrol.snapshot", "patrol", id.toString(), s.jurisdictionPath(),
                s.view().enterpriseCode(), Map.of("attachment", a.id(), "size", a.size()));
        recorded(s.view(), s.jurisdictionPath(), clock.instant());
        return one(actor, id);
    }

    /** A snapshot of a record the actor sees. */
    public Attachments.Content snapshot(Actor actor, UUID id, String attachmentId) {
        PatrolStore.Stored s = stored(actor, id);
        if (s.view().snapshots().stream().noneMatch(a -> a.id().equals(attachmentId))) {
            throw new NotFoundException("snapshot", attachmentId);
        }
        return attachments.open(attachmentId).orElseThrow(() -> new NotFoundException("snapshot", attachmentId));
    }

    /** The records of a day beneath the node the actor sees, newest first, with those the cities forwarded. */
    public List<PatrolRecordView> ofDay(Actor actor, String jurisdictionCode, LocalDate day) {
        var scope = jurisdictions.scope(actor, jurisdictionCode);
        List<PatrolRecordView> own = store.ofDay(scope, day);
        ForwardedInspections cascade = forwarded.getIfAvailable();
        if (cascade == null) {
            return own;
        }
        List<PatrolRecordView> all = new ArrayList<>(own);
        all.addAll(cascade.patrols(scope, day));
        all.sort(Comparator.comparing(PatrolRecordView::recordedAt).reversed());
        return all;
    }

    /** The compliance of the node (the actor's own when null) on the day, with its subordinates. */
    public ComplianceView compliance(Actor actor, String jurisdictionCode, LocalDate day) {
        return compliance.of(node(actor, jurisdictionCode), day == null ? today() : day);
    }

    /** The spot-check list of a city or province for the period of the day, drawn now if it was not. */
    public List<String> spotCheckList(Actor actor, String jurisdictionCode, LocalDate day) {
        Jurisdiction node = node(actor, jurisdictionCode);
        if (node.level() != JurisdictionLevel.CITY && node.level() != JurisdictionLevel.PROVINCE) {
            throw InvalidInputException.of("jurisdiction", "spot-check lists are a city's or a province's");
        }
        return spotChecks.ensure(node, day == null ? today() : day, clock.instant()).stream()
                .map(PatrolStore.Listed::enterpriseCode).toList();
    }

    /** The patrol numbers in force for the node (the actor's own when null), with who set each. */
    public PatrolSettingsView settingsInForce(Actor actor, String jurisdictionCode) {
        Jurisdiction node = node(actor, jurisdictionCode);
        PatrolSchedules.InForce in = compliance.inForce(node.path());
        Double share = switch (node.level()) {
            case CITY -> in.schedule().cityShare();
            case PROVINCE -> in.schedule().provinceShare();
            default -> null;
        };
        String shareBy = node.level() == JurisdictionLevel.PROVINCE ? in.provinceSetBy() : in.citySetBy();
        return new PatrolSettingsView(node.code(), node.level(), in.schedule().morningUntil(),
                source(node, in.morningSetBy()), in.schedule().afternoonUntil(), source(node, in.afternoonSetBy()),
                share, share == null ? null : source(node, shareBy));
    }

    private PatrolSettingsView.Source source(Jurisdiction node, String setBy) {
        if (setBy == null) {
            return new PatrolSettingsView.Source(null, null, false);
        }
        return new PatrolSettingsView.Source(setBy, setBy.equals(node.code()) ? node.name()
                : jurisdictions.find(setBy).map(Jurisdiction::name).orElse(setBy), setBy.equals(node.code()));
    }

    public LocalDate today() {
        return compliance.schedule().dayOf(clock.instant());
    }

    private Jurisdiction node(Actor actor, String jurisdictionCode) {
        String code = jurisdictionCode == null || jurisdictionCode.isBlank() ? actor.jurisdictionCode()
                : jurisdictionCode;
        if (code == null) {
            if (actor.enterpriseCode() != null) {
                throw new NotFoundException("jurisdiction", "-");
            }
            throw InvalidInputException.of("jurisdiction", "required");
        }
        return jurisdictions.visible(actor, code);
    }

    private PatrolStore.Stored stored(Actor actor, UUID id) {
        return store.find(id).filter(s -> actor.sees(s.view().enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("patrol", id.toString()));
    }

    private RegisteredEnterprise visibleEnterprise(Actor actor, String code) {
        return registry.enterprise(code).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", code));
    }
}
