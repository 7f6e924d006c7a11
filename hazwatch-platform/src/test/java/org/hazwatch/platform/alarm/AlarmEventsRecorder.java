package org.hazwatch.platform.alarm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hazwatch.protocol.PointCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the alarm events the engine publishes, for tests to look at. */
@Component
class AlarmEventsRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void raised(AlarmRaised e) {
        events.add(e);
    }

    @EventListener
    void changed(AlarmSeverityChanged e) {
        events.add(e);
    }

    @EventListener
    void cleared(AlarmCleared e) {
        events.add(e);
    }

    private final List<AlarmsBackfilled> backfilled = new CopyOnWriteArrayList<>();

    @EventListener
    void backfilled(AlarmsBackfilled e) {
        backfilled.add(e);
    }

    /** The back-fill events of an enterprise. */
    List<AlarmsBackfilled> backfilledOf(String enterpriseCode) {
        return backfilled.stream().filter(e -> e.enterpriseCode().code().equals(enterpriseCode)).toList();
    }

    /** The events about a point, in the order they were published. */
    List<Object> about(String pointCode) {
        return events.stream().filter(e -> PointCode.of(pointCode).equals(pointOf(e))).toList();
    }

    private static PointCode pointOf(Object event) {
        if (event instanceof AlarmRaised r) {
            return r.pointCode();
        }
        if (event instanceof AlarmSeverityChanged s) {
            return s.pointCode();
        }
        return ((AlarmCleared) event).pointCode();
    }
}
