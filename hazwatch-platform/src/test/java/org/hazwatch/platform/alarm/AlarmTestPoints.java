package org.hazwatch.platform.alarm;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** For tests of other features: registers a point with the alarm engine's in-memory points. */
@Component
@ConditionalOnProperty(name = "hazwatch.test.in-memory-directories", havingValue = "true")
public class AlarmTestPoints {

    private final InMemoryAlarmPoints points;

    AlarmTestPoints(InMemoryAlarmPoints points) {
        this.points = points;
    }

    /** A point with H and HH, no delays and a deadband of 1, of an enterprise placed at the path. */
    public void addHighPoint(String pointCode, String enterpriseCode, String path, double h, double hh) {
        points.addHighPoint(pointCode, enterpriseCode, path, h, hh);
    }
}
