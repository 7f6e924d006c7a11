package org.hazwatch.platform.alarm;

import java.time.LocalDate;

/** Alarms raised on one day (in the platform's zone), by priority. */
public record AlarmDay(LocalDate day, int high, int medium, int low) {

    public int total() {
        return high + medium + low;
    }
}
