package org.hazwatch.platform.inspection;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates overdue rectification orders, once each ({@link RectificationOverdue}), on the platform's clock. */
@Component
class RectificationWatch {

    private final Rectifications rectifications;
    private final Clock clock;

    RectificationWatch(Rectifications rectifications, Clock clock) {
        this.rectifications = rectifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hazwatch.inspection.rectification.check-every:5m}",
            initialDelayString = "${hazwatch.inspection.rectification.check-every:5m}")
    public void escalateOverdue() {
        rectifications.escalateOverdue(clock.instant());
    }
}
