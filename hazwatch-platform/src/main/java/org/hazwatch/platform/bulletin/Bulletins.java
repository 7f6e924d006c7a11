package org.hazwatch.platform.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.analysis.PeriodReports;
import org.hazwatch.platform.analysis.Report;
import org.hazwatch.platform.bulletin.rules.BulletinPeriod;
import org.hazwatch.platform.bulletin.rules.DocumentNumber;
import org.hazwatch.platform.bulletin.rules.PeriodKind;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulletins (信息通报, SPEC §9): issues one for a jurisdiction node and period (on demand or by the schedule), keeps
 * its PDF and workbook unchanged for good, corrects it by a new version, and lets those who may read it download it.
 * A regulator reads the bulletins of its subtree and those the nodes above it addressed to it.
 */
@Service
@EntryClass
public class Bulletins {

    static final int ARCHIVE_ROWS = 500;
    private static final Logger log = LoggerFactory.getLogger(Bulletins.class);

    private final BulletinStore store;
    private final PeriodReports reports;
    private final Jurisdictions jurisdictions;
    private final Attachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final BulletinSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProvider<ForwardedBulletins> forwarded;

    Bulletins(BulletinStore store, PeriodReports reports, Jurisdictions jurisdictions, Attachments attachments,
              AuditLog audit, ApplicationEventPublisher events, BulletinSettings settings, Clock clock,
              HazwatchProperties hazwatch, ObjectProvider<ForwardedBulletins> forwarded) {
        this.forwarded = forwarded;
        this.store = store;
        this.reports = reports;
        this.jurisdictions = jurisdictions;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.zone = hazwatch.zone();
    }

    /** Issues a bulletin on demand; audited. 400 with every problem of the request, 404 for a node not seen. */
    @Transactional
    public BulletinView issue(Actor actor, NewBulletin request) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("jurisdiction", request.jurisdiction());
        }
        Instant now = clock.instant();
        if (request.corrects() != null) {
            BulletinStore.First first = store.first(actor.scope(), request.corrects())
                    .orElseThrow(() -> new NotFoundException("bulletin", request.corrects().toString()));
            Jurisdiction node = jurisdictions.visible(actor, first.jurisdictionCode());
            BulletinPeriod period = new BulletinPeriod(first.period(), first.from(), first.to());
            return issued(actor, node, period, first.year(), first.sequence(), first.number(), store.nextVersion(first),
                    first.id(), false, now).orElseThrow();
        }
        if (request.jurisdiction() == null || request.jurisdiction().isBlank()) {
            throw InvalidInputException.of("jurisdiction", "须填写辖区代码");
        }
        Jurisdiction node = jurisdictions.visible(actor, request.jurisdiction());
        BulletinPeriod period = period(request, LocalDate.ofInstant(now, zone));
        int year = LocalDate.ofInstant(now, zone).getYear();
        int sequence = store.nextSequence(node.code(), year);
        String number = new DocumentNumber(settings.prefixOf(node.code(), node.name()), year, sequence).text();
        return issued(actor, node, period, year, sequence, number, 1, null, false, now).orElseThrow();
    }

    /**
     * The schedule's bulletin of a node and period, issued by the platform; empty when it was issued before (by
     * this or another platform node).
     */
    @Transactional
    Optional<BulletinView> issueScheduled(Jurisdiction node, BulletinPeriod period, Instant now) {
        if (store.scheduledExists(node.code(), period.kind(), period.from(), period.to())) {
            return Optional.empty();
        }
        int year = LocalDate.ofInstant(now, zone).getYear();
        int sequence = store.nextSequence(node.code(), year);
        if (store.scheduledExists(node.code(), period.kind(), period.from(), period.to())) {
            return Optional.empty();
        }
        String number = new DocumentNumber(settings.prefixOf(node.code(), node.name()), year, sequence).text();
        return issued(Actor.system(), node, period, year, sequence, number, 1, null, true, now);
    }

    public List<BulletinView> list(Actor actor, String jurisdiction) {
        JurisdictionScope scope = jurisdictions.scope(actor, blankToNull(jurisdiction));
        String addressed = jurisdiction == null || jurisdiction.isBlank() ? actor.jurisdictionPath()
                : jurisdictions.visible(actor, jurisdiction).path();
        List<BulletinView> own = store.list(scope, addressed, ARCHIVE_ROWS);
        ForwardedBulletins cascade = forwarded.getIfAvailable();
        if (cascade == null) {
            return own;
        }
        List<BulletinView> all = new ArrayList<>(own);
        all.addAll(cascade.list(scope, ARCHIVE_ROWS));
        all.sort(Comparator.comparing(BulletinView::issuedAt).reversed());
        return all.size() > ARCHIVE_ROWS ? all.subList(0, ARCHIVE_ROWS) : all;
    }

    /** A bulletin the actor may read: this platform's own, else one a city forwarded. */
    public BulletinView one(Actor actor, UUID id) {
        ForwardedBulletins cascade = forwarded.getIfAvailable();
        return store.find(actor.scope(), actor.jurisdictionPath(), id)
                .or(() -> cascade == null ? Optional.empty() : cascade.one(actor.scope(), id))
                .orElseThrow(() -> new NotFoundException("bulletin", id.toString()));
    }

    /** The PDF or workbook ({@code pdf}, {@code xlsx}) of a bulletin the actor may read, with its file name. */
    public Document document(Actor actor, UUID id, String kind) {
        BulletinView view = one(actor, id);
        ForwardedBulletins cascade = forwarded.getIfAvailable();
        byte[] bytes = store.document(actor.scope(), actor.jurisdictionPath(), id, kind)
                .or(() -> view.origin() == null || cascade == null ? Optional.empty()
                        : cascade.document(actor.scope(), id, kind))
                .orElseThrow(() -> new NotFoundException("bulletin", id.toString()));
        String name = (view.version() > 1 ? view.number() + "（第" + view.version() + "版）" : view.number()) + "." + kind;
        return new Document(name, bytes);
    }

    public record Document(String fileName, byte[] bytes) {
    }

    private Optional<BulletinView> issued(Actor actor, Jurisdiction node, BulletinPeriod period, int year,
                                          int sequence, String number, int version, UUID corrects, boolean scheduled,
                                          Instant now) {
        long start = System.nanoTime();
        Report report = reports.report(node.code(), period.from(), period.to());
        long reported = System.nanoTime();
        String title = node.name() + "危险化学品安全风险监测预警" + period.kind().label();
        BulletinContent content = new BulletinContent(number, version, title, node.name() + "应急管理局",
                LocalDate.ofInstant(now, zone), period, report);
        byte[] pdf = BulletinPdf.render(content);
        long pdfDone = System.nanoTime();
        byte[] xlsx = BulletinWorkbook.render(content);
        long xlsxDone = System.nanoTime();
        String pdfName = content.fileName() + ".pdf";
        String mailed = pdf.length <= Attachments.MAX_BYTES ? attachments.store("pdf", pdfName, pdf).id() : null;
        UUID id = UUID.randomUUID();
        boolean kept = store.insert(new BulletinStore.Issued(id, node.code(), node.path(), node.name(), period.kind(),
                period.from(), period.to(), year, sequence, number, version, corrects, title, scheduled,
                report.named().size(), pdf, xlsx, mailed, now, actor.username()));
        if (!kept) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("number", number);
        detail.put("version", version);
        detail.put("period", period.kind().name());
        detail.put("from", period.from().toString());
        detail.put("to", period.to().toString());
        detail.put("named", report.named().size());
        if (corrects != null) {
            detail.put("corrects", corrects.toString());
        }
        audit.record(actor, scheduled ? "bulletin.schedule" : version > 1 ? "bulletin.correct" : "bulletin.issue",
                "bulletin", id.toString(), node.path(), null, detail);
        events.publishEvent(new BulletinIssued(id, number, version, title, node.code(), node.name(), node.path(),
                jurisdictions.children(node.code()).stream()
                        .map(c -> new BulletinIssued.Addressee(c.code(), c.name(), c.path())).toList(),
                report.named().stream().map(e -> new BulletinIssued.Named(e.enterpriseCode(), e.name(),
                        e.paragraph() == null || e.paragraph().isBlank()
                                ? e.name() + "被本期通报点名：" + String.join("；", e.reasons()) + "。"
                                : e.paragraph())).toList(),
                mailed, pdfName, settings.linkBase().replaceAll("/+$", "") + "/api/v1/bulletins/" + id + ".pdf",
                now));
        log.info("bulletin {} of {} issued in {} ms (report {} ms, PDF {} ms, workbook {} ms, store and send {} ms)",
                number, node.code(), ms(System.nanoTime() - start), ms(reported - start), ms(pdfDone - reported),
                ms(xlsxDone - pdfDone), ms(System.nanoTime() - xlsxDone));
        return store.find(JurisdictionScope.everything(), null, id);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static BulletinPeriod period(NewBulletin request, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        PeriodKind kind = null;
        try {
            kind = request.period() == null ? null : PeriodKind.valueOf(request.period().strip());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        LocalDate from = day(request.from());
        LocalDate to = day(request.to());
        for (String p : BulletinPeriod.problems(kind, from, to, today)) {
            String[] parts = p.split(": ", 2);
            problems.add(new Problem(parts[0], parts[1]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new BulletinPeriod(kind, from, to);
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
