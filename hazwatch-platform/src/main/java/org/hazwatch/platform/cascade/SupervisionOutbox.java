package org.hazwatch.platform.cascade;

import org.hazwatch.platform.bulletin.BulletinIssued;
import org.hazwatch.platform.inspection.PatrolRecorded;
import org.hazwatch.platform.inspection.RectificationChanged;
import org.hazwatch.platform.quality.QualityDayStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the city: queues supervision's changes for the province (docs/CASCADE.md, supervision) in the transaction of
 * the change — each feature publishes inside it, so a change rolled back queues nothing. A spot check the province
 * sent down is not sent back up (the province has it); the rectification order it opened is, with every step the
 * city takes on it.
 */
@Component
class SupervisionOutbox {

    private final CascadeOutbox outbox;

    SupervisionOutbox(CascadeOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void patrolRecorded(PatrolRecorded e) {
        if (!e.recordedBy().startsWith(OrdersFromProvince.ORIGIN_PREFIX)) {
            outbox.queue(CascadeWire.Kind.PATROL, e.recordId().toString(), CascadeOutbox.micros(e.at()),
                    e.enterpriseCode().code());
        }
    }

    @EventListener
    void rectificationChanged(RectificationChanged e) {
        outbox.queue(CascadeWire.Kind.RECTIFICATION, e.orderId().toString(), CascadeOutbox.micros(e.at()),
                e.enterpriseCode().code());
    }

    @EventListener
    void qualityDayStored(QualityDayStored e) {
        outbox.queue(CascadeWire.Kind.QUALITY_DAY, SupervisionBodies.qualityDayId(e.enterpriseCode().code(), e.day()),
                CascadeOutbox.micros(e.at()), e.enterpriseCode().code());
    }

    /** Issued bulletins never change; a correction is another bulletin: the version is the bulletin's own. */
    @EventListener
    void bulletinIssued(BulletinIssued e) {
        outbox.queue(CascadeWire.Kind.BULLETIN, e.id().toString(), e.version(), null);
    }
}
