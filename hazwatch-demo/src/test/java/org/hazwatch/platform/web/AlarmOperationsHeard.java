package org.hazwatch.platform.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hazwatch.platform.alarm.AlarmOperated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps every {@link AlarmOperated} the platform publishes, for tests to look at (scanned like any component). */
@Component
class AlarmOperationsHeard {

    private final List<AlarmOperated> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AlarmOperated e) {
        heard.add(e);
    }

    /** All heard so far, oldest first. */
    List<AlarmOperated> all() {
        return List.copyOf(heard);
    }
}
