package org.hazwatch.platform.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.commitment.rules.CommitmentChecks;
import org.hazwatch.platform.commitment.rules.CommitmentDeadline;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily safety commitments (安全风险研判与承诺公告, SPEC §8): submitting and correcting them, and the queries the
 * regulator's list, the public notice and the warning model use ({@link #statusOn}).
 */
@Service
@EntryClass
public class Commitments {

    private final CommitmentStore store;
    private final Registry registry;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CommitmentSettings settings;
    private final ZoneId zone;
    private final Clock clock;

    Commitments(CommitmentStore store, Registry registry, AuditLog audit, ApplicationEventPublisher events,
                CommitmentSettings settings, HazwatchProperties hazwatch, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /**
     * Submits the commitment of {@code day} (today, in the deadline's zone, when null); a second submission of the
     * same day is a correction and keeps the earlier version. Only the enterprise's admin (or the platform admin)
     * commits; a day in the future is refused. Publishes {@link CommitmentLate} when the day's first version is late.
     */
    @Transactional
    public CommitmentView submit(Actor actor, String enterpriseCode, LocalDate day, CommitmentForm form) {
        RegisteredEnterprise enterprise = visible(actor, enterpriseCode);
        if (actor.role() != Role.ENTERPRISE_ADMIN && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the enterprise's admin commits");
        }
        return store(actor, enterprise, day, clock.instant(), form);
    }

    /**
     * A commitment made at a stated time, for seeding and for taking over another platform's records; the
     * platform admin only. Checked and published like {@link #submit}.
     */
    @Transactional
    public CommitmentView importMade(Actor actor, String enterpriseCode, LocalDate day, Instant madeAt,
                                     CommitmentForm form) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("only the platform admin imports commitments");
        }
        return store(actor, visible(actor, enterpriseCode), day, madeAt, form);
    }

    private CommitmentView store(Actor actor, RegisteredEnterprise enterprise, LocalDate day, Instant at,
                                 CommitmentForm form) {
        String enterpriseCode = enterprise.code();
        CommitmentDeadline deadline = deadlineOf(enterprise);
        LocalDate today = deadline.dayOf(at);
        LocalDate of = day == null ? today : day;
        List<Problem> problems = new ArrayList<>(CommitmentChecks.problems(form).stream()
                .map(p -> new Problem(p.field(), p.reason())).toList());
        if (of.isAfter(today)) {
            problems.add(new Problem("day", "a commitment is made on its day, not before"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean late = deadline.isLate(of, at);
        int version = store.add(enterpriseCode, of, enterprise.jurisdictionPath(), at, deadline.on(of), late,
                actor.username(), form);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("day", of.toString());
        detail.put("version", version);
        detail.put("late", late);
        detail.put("committedBy", form.committedBy());
        audit.record(actor, version == 1 ? "commitment.submit" : "commitment.correct", "enterprise",
                enterpriseCode, enterprise.jurisdictionPath(), enterpriseCode, detail);
        events.publishEvent(new CommitmentSubmitted(EnterpriseCode.of(enterpriseCode), enterprise.jurisdictionPath(),
                of, version, at));
        if (version == 1 && late) {
            events.publishEvent(new CommitmentLate(EnterpriseCode.of(enterpriseCode), enterprise.jurisdictionPath(), of,
                    deadline.on(of), at));
        }
        return store.versions(enterpriseCode, of).get(version - 1);
    }

    /** For the warning model: where the enterprise stands with the day's commitment, now. */
    public CommitmentStatus statusOn(String enterpriseCode, LocalDate day) {
        RegisteredEnterprise enterprise = registry.enterprise(enterpriseCode)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
        Instant first = store.first(enterpriseCode, day).map(CommitmentStore.DayFirst::firstSubmittedAt).orElse(null);
        return deadlineOf(enterprise).status(day, first, clock.instant());
    }

    /**
     * Where the enterprise stands with today's commitment and its current version (for the warning model and the
     * console), looking the enterprise and its deadline up once.
     */
    public TodaysCommitment todayOf(String enterpriseCode) {
        RegisteredEnterprise enterprise = registry.enterprise(enterpriseCode)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
        CommitmentDeadline deadline = deadlineOf(enterprise);
        Instant now = clock.instant();
        LocalDate day = deadline.dayOf(now);
        Instant first = store.first(enterpriseCode, day).map(CommitmentStore.DayFirst::firstSubmittedAt).orElse(null);
        List<CommitmentView> versions = store.versions(enterpriseCode, day);
        return new TodaysCommitment(day, deadline.status(day, first, now),
                versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1)));
    }

    /** Today's status of an enterprise's commitment, and its current version if it committed. */
    public record TodaysCommitment(LocalDate day, CommitmentStatus status, Optional<CommitmentView> current) {
    }

    /** Every version of a day's commitment of an enterprise the actor sees, oldest first. */
    public List<CommitmentView> versions(Actor actor, String enterpriseCode, LocalDate day) {
        visible(actor, enterpriseCode);
        return store.versions(enterpriseCode, day);
    }

    /** The current version of today's commitment, for the public notice (no login: the notice is public). */
    public Optional<CommitmentView> today(String enterpriseCode) {
        RegisteredEnterprise enterprise = registry.enterprise(enterpriseCode)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
        List<CommitmentView> versions = store.versions(enterpriseCode,
                deadlineOf(enterprise).dayOf(clock.instant()));
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The day's deadline for an enterprise. */
    public CommitmentDeadline deadlineOf(RegisteredEnterprise enterprise) {
        return deadlineAt(enterprise.jurisdictionPath());
    }

    /** The deadline in force at a jurisdiction path: its most specific node's own, else inherited, else default. */
    public CommitmentDeadline deadlineAt(String jurisdictionPath) {
        List<String> codes = Arrays.asList(jurisdictionPath.split("/"));
        Map<String, LocalTime> set = store.deadlines(codes);
        LocalTime time = settings.deadline();
        for (String code : codes) {
            time = set.getOrDefault(code, time);
        }
        return new CommitmentDeadline(time, zone);
    }

    /** Today in the platform's zone. */
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    RegisteredEnterprise visible(Actor actor, String enterpriseCode) {
        return registry.enterprise(enterpriseCode)
                .filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }
}
