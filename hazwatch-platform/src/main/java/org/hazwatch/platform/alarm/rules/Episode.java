package org.hazwatch.platform.alarm.rules;

import java.time.Instant;
import java.util.UUID;

/**
 * One alarm episode (报警事件): from the moment an alarm's condition became active until it is back to normal and
 * acknowledged. A limit episode moves between H and HH (or L and LL) without becoming a second alarm.
 *
 * @param active    the condition is active now
 * @param clearedAt when the condition last returned to normal; null while active
 * @param peakValue the most extreme value while active (highest for high alarms, lowest for low ones)
 * @param late      raised by a back-filled reading
 * @param seq       how many transitions it has had
 */
public record Episode(UUID id, AlarmKey key, Severity severity, boolean active, boolean acknowledged, Cover cover,
                      Instant raisedAt, Instant clearedAt, double peakValue, boolean late, int seq) {

    public EpisodeState state() {
        if (!active && (acknowledged || cover != Cover.NONE)) {
            return EpisodeState.NORMAL;
        }
        if (cover != Cover.NONE) {
            return cover.state();
        }
        if (active) {
            return acknowledged ? EpisodeState.ACKNOWLEDGED : EpisodeState.UNACKNOWLEDGED;
        }
        return EpisodeState.RETURNED_UNACKNOWLEDGED;
    }

    public boolean closed() {
        return state() == EpisodeState.NORMAL;
    }

    Episode next(Severity severity, boolean active, boolean acknowledged, Cover cover, Instant clearedAt,
                 double peakValue) {
        return new Episode(id, key, severity, active, acknowledged, cover, raisedAt, clearedAt, peakValue, late,
                seq + 1);
    }

    Episode withPeak(double peak) {
        return new Episode(id, key, severity, active, acknowledged, cover, raisedAt, clearedAt, peak, late, seq);
    }
}
