package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes warning events inside a transaction, as the warning model does (the model is not on this branch). */
@Component
class DisposalWarningFixture {

    /** 恒泰氯碱, in 巴公化工园区 under 泽州县. */
    static final String HENGTAI = "14052500001";
    static final String HENGTAI_PATH = "140000/140500/140525/140525P01/";

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DisposalWarningFixture(ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.events = events;
        this.transaction = transaction;
    }

    UUID raise(String enterprise, WarningLevel level, Instant at) {
        UUID id = UUID.randomUUID();
        publish(new WarningRaised(id, EnterpriseCode.of(enterprise), HazardSourceCode.of(enterprise + "001"),
                HENGTAI_PATH, level,
                List.of(new WarningFactor("ALARM_HH_LL", "高高报/低低报报警", "液氯储罐 G0001YL001 压力高高报 1.35 MPa", 40)),
                at));
        return id;
    }

    void change(UUID id, String enterprise, WarningLevel from, WarningLevel to, Instant at) {
        publish(new WarningLevelChanged(id, EnterpriseCode.of(enterprise), HazardSourceCode.of(enterprise + "001"),
                HENGTAI_PATH, from, to, List.of(), at));
    }

    void lift(UUID id, String enterprise, WarningLevel last, Instant at) {
        publish(new WarningLifted(id, EnterpriseCode.of(enterprise), HazardSourceCode.of(enterprise + "001"),
                HENGTAI_PATH, last, at));
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }
}
