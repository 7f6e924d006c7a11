package org.hazwatch.platform.cascade;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.commitment.CommitmentSubmitted;
import org.hazwatch.platform.commitment.CommitmentView;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.CustodyChecked;
import org.hazwatch.platform.disposal.DisposalClosed;
import org.hazwatch.platform.disposal.DisposalEscalated;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.disposal.FeedbackGiven;
import org.hazwatch.platform.disposal.FollowUpOrdered;
import org.hazwatch.platform.disposal.WarningSignedFor;
import org.hazwatch.platform.filing.FilingAcknowledged;
import org.hazwatch.platform.filing.FilingQueried;
import org.hazwatch.platform.filing.FilingSubmitted;
import org.hazwatch.platform.filing.FilingWithdrawn;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * On the city: the duty room's kinds (docs/CASCADE.md) — handling steps of warnings (signed for, feedback, closed,
 * escalated, follow-up ordered; the object is the warning's handling case), daily safety commitments (one object a
 * day of an enterprise), custody checks and filings. Their features publish these events inside the transaction of
 * the change, so the outbox row commits or rolls back with it: never lost, never queued for a change undone.
 */
@Component
class DutyRoomKinds {

    private final CascadeOutbox outbox;
    private final Disposals disposals;
    private final Commitments commitments;
    private final Custody custody;
    private final Filings filings;
    private final ObjectMapper json;
    private final Clock clock;

    DutyRoomKinds(CascadeOutbox outbox, Disposals disposals, Commitments commitments, Custody custody,
                  Filings filings, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.disposals = disposals;
        this.commitments = commitments;
        this.custody = custody;
        this.filings = filings;
        this.json = json;
        this.clock = clock;
    }

    /** One change of one object of the duty room. */
    record Change(CascadeWire.Kind kind, String objectId, EnterpriseCode enterpriseCode, Instant at) {
    }

    @EventListener({WarningSignedFor.class, FeedbackGiven.class, DisposalClosed.class, DisposalEscalated.class,
            FollowUpOrdered.class, CommitmentSubmitted.class, CustodyChecked.class, FilingSubmitted.class,
            FilingAcknowledged.class, FilingQueried.class, FilingWithdrawn.class})
    void changed(Object event) {
        Change c = change(event);
        if (c != null) {
            outbox.queue(c.kind(), c.objectId(), CascadeOutbox.micros(c.at()), c.enterpriseCode().code());
        }
    }

    /** The change the event tells of; null for an event of another kind. */
    static Change change(Object event, Instant now) {
        CascadeWire.Kind step = CascadeWire.Kind.HANDLING_STEP;
        if (event instanceof WarningSignedFor e) {
            return new Change(step, e.warningId().toString(), e.enterpriseCode(), e.at());
        } else if (event instanceof FeedbackGiven e) {
            return new Change(step, e.warningId().toString(), e.enterpriseCode(), e.at());
        } else if (event instanceof DisposalClosed e) {
            return new Change(step, e.warningId().toString(), e.enterpriseCode(), e.at());
        } else if (event instanceof DisposalEscalated e) {
            return new Change(step, e.warningId().toString(), e.enterpriseCode(), e.at());
        } else if (event instanceof FollowUpOrdered e) {
            return new Change(step, e.warningId().toString(), e.enterpriseCode(), e.at());
        } else if (event instanceof CommitmentSubmitted e) {
            return new Change(CascadeWire.Kind.COMMITMENT, commitmentId(e.enterpriseCode().code(), e.day()),
                    e.enterpriseCode(), e.at());
        } else if (event instanceof CustodyChecked e) {
            return new Change(CascadeWire.Kind.CUSTODY_CHECK, e.checkId().toString(), e.enterpriseCode(), e.at());
        }
        // the filing events carry no time: the change is now, inside its transaction
        if (event instanceof FilingSubmitted e) {
            return new Change(CascadeWire.Kind.FILING, e.filingId().toString(), e.enterpriseCode(), now);
        } else if (event instanceof FilingAcknowledged e) {
            return new Change(CascadeWire.Kind.FILING, e.filingId().toString(), e.enterpriseCode(), now);
        } else if (event instanceof FilingQueried e) {
            return new Change(CascadeWire.Kind.FILING, e.filingId().toString(), e.enterpriseCode(), now);
        } else if (event instanceof FilingWithdrawn e) {
            return new Change(CascadeWire.Kind.FILING, e.filingId().toString(), e.enterpriseCode(), e.at());
        }
        return null;
    }

    private Change change(Object event) {
        return change(event, clock.instant());
    }

    /** A day's commitment of an enterprise: {@code <enterprise code>/<day>}. */
    static String commitmentId(String enterpriseCode, LocalDate day) {
        return enterpriseCode + "/" + day;
    }

    /** The object now, as its feature's read API shows it; null when it is gone. */
    JsonNode body(CascadeOutbox.Queued q) {
        Actor system = Actor.system();
        return switch (q.kind()) {
            case HANDLING_STEP -> json.valueToTree(disposals.one(system, UUID.fromString(q.objectId())));
            case CUSTODY_CHECK -> json.valueToTree(custody.check(system, UUID.fromString(q.objectId())));
            case FILING -> json.valueToTree(filings.one(system, UUID.fromString(q.objectId())));
            case COMMITMENT -> {
                String[] id = q.objectId().split("/");
                List<CommitmentView> versions = commitments.versions(system, id[0], LocalDate.parse(id[1]));
                yield versions.isEmpty() ? null : json.valueToTree(versions.get(versions.size() - 1));
            }
            default -> throw new IllegalArgumentException("not a kind of the duty room: " + q.kind());
        };
    }
}
