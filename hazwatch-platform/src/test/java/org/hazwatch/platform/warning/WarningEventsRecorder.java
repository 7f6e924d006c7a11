package org.hazwatch.platform.warning;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Keeps the warning events, and whether each came inside a transaction, for tests to look at. */
@Component
class WarningEventsRecorder {

    record Seen(Object event, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void raised(WarningRaised e) {
        add(e);
    }

    @EventListener
    void changed(WarningLevelChanged e) {
        add(e);
    }

    @EventListener
    void lifted(WarningLifted e) {
        add(e);
    }

    private void add(Object e) {
        seen.add(new Seen(e, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    /** The events about the warnings of a hazard source, in the order they were published. */
    List<Seen> about(String hazardSourceCode) {
        return seen.stream().filter(s -> HazardSourceCode.of(hazardSourceCode).equals(sourceOf(s.event()))).toList();
    }

    private static HazardSourceCode sourceOf(Object event) {
        if (event instanceof WarningRaised r) {
            return r.hazardSourceCode();
        }
        if (event instanceof WarningLevelChanged c) {
            return c.hazardSourceCode();
        }
        return event instanceof WarningLifted l ? l.hazardSourceCode() : null;
    }
}
