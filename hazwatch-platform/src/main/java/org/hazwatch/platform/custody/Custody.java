package org.hazwatch.platform.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.CustodyChecks;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.custody.rules.DutySchedule;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.CustodyAssignment;
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
 * Custody duties (包保履职, 应急厅〔2021〕12号): the persons come from the registry, their checks are recorded here
 * with a checklist, findings and photos, and a duty whose next check is due is overdue
 * ({@link CustodyDutyOverdue}, published by the watch).
 */
@Service
@EntryClass
public class Custody {

    private final CustodyStore store;
    private final Registry registry;
    private final AuditLog audit;
    private final DutySchedule schedule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Custody(CustodyStore store, Registry registry, AuditLog audit, CustodySettings settings,
            HazwatchProperties hazwatch, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.schedule = settings.schedule(hazwatch.zone());
        this.clock = clock;
    }

    /** Records a check made by a custody person of the enterprise; its admin (or the platform admin) records it. */
    @Transactional
    public CheckView record(Actor actor, String enterpriseCode, CheckRecord check) {
        RegisteredEnterprise enterprise = visible(actor, enterpriseCode);
        if (actor.role() != Role.ENTERPRISE_ADMIN && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the enterprise's admin records custody checks");
        }
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>(CustodyChecks.problems(check, now).stream()
                .map(p -> new Problem(p.field(), p.reason())).toList());
        CustodyAssignment person = problems.isEmpty() ? registry.custodyPersons(enterpriseCode).stream()
                .filter(p -> p.hazardSourceCode().equals(check.hazardSourceCode())
                        && p.role().equals(check.role().code())).findFirst().orElse(null) : null;
        if (problems.isEmpty() && person == null) {
            problems.add(new Problem("hazardSourceCode", "no registered " + check.role().code()
                    + " custody person for this hazard source of " + enterpriseCode));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CheckView view = new CheckView(UUID.randomUUID(), enterpriseCode, check.hazardSourceCode(), check.role(),
                person.name(), check.checkedAt() == null ? now : check.checkedAt(), check.checklist(),
                check.findings(), check.photos(), actor.username(), now);
        store.add(view, enterprise.jurisdictionPath());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("hazardSource", check.hazardSourceCode());
        detail.put("role", check.role().code());
        detail.put("person", person.name());
        detail.put("checkedAt", view.checkedAt().toString());
        audit.record(actor, "custody.check", "custody-check", view.id().toString(), enterprise.jurisdictionPath(),
                enterpriseCode, detail);
        events.publishEvent(new CustodyChecked(view.id(), EnterpriseCode.of(enterpriseCode),
                enterprise.jurisdictionPath(), now));
        return view;
    }

    /** The duties of an enterprise the actor sees, with their last check and due time. */
    public List<CustodyDuty> duties(Actor actor, String enterpriseCode) {
        visible(actor, enterpriseCode);
        return duties(enterpriseCode);
    }

    /** For the warning model (not scoped): every duty of the enterprise, overdue or not, at the current time. */
    public List<CustodyDuty> duties(String enterpriseCode) {
        Instant now = clock.instant();
        Map<String, Instant> last = store.lastChecks(enterpriseCode);
        return registry.custodyPersons(enterpriseCode).stream().map(p -> {
            CustodyRole role = CustodyRole.ofCode(p.role());
            Instant lastAt = last.get(p.hazardSourceCode() + "/" + p.role());
            return new CustodyDuty(enterpriseCode, p.hazardSourceCode(), role, p.name(), p.phone(), lastAt,
                    schedule.dueAt(role, lastAt), schedule.overdue(role, lastAt, now));
        }).toList();
    }

    /** The checks of an enterprise the actor sees, newest first, optionally of one hazard source. */
    public List<CheckView> checks(Actor actor, String enterpriseCode, String hazardSourceCode, int limit) {
        visible(actor, enterpriseCode);
        return store.checks(enterpriseCode, hazardSourceCode, limit);
    }

    /** One check the actor sees. */
    public CheckView check(Actor actor, UUID id) {
        CheckView check = store.check(id).orElseThrow(() -> new NotFoundException("custody check", id.toString()));
        visible(actor, check.enterpriseCode());
        return check;
    }

    /** The overdue duties of every enterprise the actor sees beneath a jurisdiction (all it sees when null). */
    public List<CustodyDuty> overdue(Actor actor, String jurisdictionCode) {
        List<CustodyDuty> overdue = new ArrayList<>();
        int page = 0;
        List<RegisteredEnterprise> items;
        do {
            items = registry.visibleEnterprises(actor, jurisdictionCode, page++, 500).items();
            items.forEach(e -> duties(e.code()).stream().filter(CustodyDuty::overdue).forEach(overdue::add));
        } while (items.size() == 500);
        return overdue;
    }

    private RegisteredEnterprise visible(Actor actor, String enterpriseCode) {
        return registry.enterprise(enterpriseCode).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }
}
