package org.hazwatch.platform.telemetry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps every presence event the platform publishes, from whichever thread, for the tests to read. */
@Component
public class PresenceEventsRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener({PointWentOffline.class, PointCameOnline.class, EnterpriseWentOffline.class,
            EnterpriseCameOnline.class})
    void on(Object event) {
        events.add(event);
    }

    public List<Object> about(String code) {
        return events.stream().filter(event -> event.toString().contains(code)).toList();
    }
}
