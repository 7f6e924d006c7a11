package org.hazwatch.platform.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.commitment.rules.CommitmentDeadline;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regulator's side of commitments: the day's list per jurisdiction and the deadline of a jurisdiction. */
@Service
@EntryClass
public class CommitmentBoards {

    private final Commitments commitments;
    private final CommitmentStore store;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    CommitmentBoards(Commitments commitments, CommitmentStore store, Registry registry, Jurisdictions jurisdictions,
                     AuditLog audit, Clock clock) {
        this.commitments = commitments;
        this.store = store;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every enterprise the actor sees beneath {@code jurisdictionCode} (all it sees when null) with its status for
     * the day: on time, late, missing or still pending, with the counts and the commitment rate.
     */
    public CommitmentBoard board(Actor actor, String jurisdictionCode, LocalDate day) {
        if (jurisdictionCode != null) {
            jurisdictions.visible(actor, jurisdictionCode);
        }
        List<RegisteredEnterprise> enterprises = registry.enterprisesSeenBy(actor, jurisdictionCode);
        Map<String, CommitmentStore.DayFirst> firsts =
                store.firsts(enterprises.stream().map(RegisteredEnterprise::code).toList(), day);
        Instant now = clock.instant();
        // the deadline is a jurisdiction's: a province's 5,000 enterprises sit in some hundred counties
        Map<String, CommitmentDeadline> deadlines = new HashMap<>();
        List<CommitmentBoard.Row> rows = new ArrayList<>();
        long[] counts = new long[CommitmentStatus.values().length];
        for (RegisteredEnterprise e : enterprises) {
            CommitmentDeadline deadline = deadlines.computeIfAbsent(e.jurisdictionPath(), commitments::deadlineAt);
            CommitmentStore.DayFirst first = firsts.get(e.code());
            CommitmentStatus status = deadline.status(day, first == null ? null : first.firstSubmittedAt(), now);
            counts[status.ordinal()]++;
            rows.add(new CommitmentBoard.Row(e.code(), e.name(), status, deadline.on(day),
                    first == null ? null : first.firstSubmittedAt(), first == null ? 0 : first.versions()));
        }
        long total = rows.size();
        long onTime = counts[CommitmentStatus.ON_TIME.ordinal()];
        long late = counts[CommitmentStatus.LATE.ordinal()];
        return new CommitmentBoard(day, jurisdictionCode, rows, onTime, late,
                counts[CommitmentStatus.MISSING.ordinal()], counts[CommitmentStatus.PENDING.ordinal()],
                total == 0 ? null : (double) (onTime + late) / total, total == 0 ? null : (double) onTime / total);
    }

    /** The deadline in force on a node (its own, else inherited, else the default). */
    public LocalTime deadlineOn(Actor actor, String jurisdictionCode) {
        Jurisdiction node = jurisdictions.visible(actor, jurisdictionCode);
        return commitments.deadlineAt(node.path()).time();
    }

    /** Sets the daily deadline of a node and all beneath it that set none; a regulator of the node or above. */
    @Transactional
    public void setDeadline(Actor actor, String jurisdictionCode, LocalTime deadline) {
        Jurisdiction node = jurisdictions.visible(actor, jurisdictionCode);
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("a regulator sets the deadline");
        }
        if (deadline == null) {
            throw InvalidInputException.of("deadline", "required, e.g. 10:00");
        }
        store.setDeadline(jurisdictionCode, deadline, actor.username());
        audit.record(actor, "commitment.deadline", "jurisdiction", jurisdictionCode, node.path(), null,
                Map.of("deadline", deadline.toString()));
    }
}
