package org.hazwatch.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Raises a warning the way the warning model announces one: the event, inside a transaction. */
public final class WarningEvents {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    public WarningEvents(ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.events = events;
        this.transaction = transaction;
    }

    /** A warning on a hazard source of an enterprise at {@code path}, with one alarm factor; its id. */
    public UUID raise(String enterpriseCode, String hazardSourceCode, String path, WarningLevel level,
                      String factorDetail) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(new WarningRaised(id,
                EnterpriseCode.of(enterpriseCode), HazardSourceCode.ofNullable(hazardSourceCode), path, level,
                        List.of(new WarningFactor("ALARM_HH_LL", "高高报/低低报报警",
                factorDetail, 40)), Instant.now())));
        return id;
    }
}
