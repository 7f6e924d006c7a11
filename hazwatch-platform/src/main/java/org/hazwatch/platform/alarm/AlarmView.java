package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Episode;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;

/**
 * An alarm episode as the API and the live feed show it (报警事件); times in the platform's zone.
 *
 * @param severity LL/L/H/HH, or the kind's own (RATE, FLATLINE, INVALID, OFFLINE); its {@code label} is the zh-CN name
 * @param state    the ISA-18.2 state; NORMAL means closed
 * @param origin   the platform that raised it when it was forwarded to this one (cascade, SPEC §12); null for own
 * @param text     what a person reads of an alarm of no enterprise (a city platform gone silent); null otherwise
 */
public record AlarmView(UUID id, String enterpriseCode, String pointCode, String jurisdictionPath, AlarmKind kind,
                 Severity severity, Priority priority, String state, boolean active, boolean acknowledged,
                 OffsetDateTime raisedAt, OffsetDateTime clearedAt, Double peakValue, boolean late, String origin,
                 String text) {

    /** This platform's own alarm. */
    public AlarmView(UUID id, String enterpriseCode, String pointCode, String jurisdictionPath, AlarmKind kind,
                     Severity severity, Priority priority, String state, boolean active, boolean acknowledged,
                     OffsetDateTime raisedAt, OffsetDateTime clearedAt, Double peakValue, boolean late) {
        this(id, enterpriseCode, pointCode, jurisdictionPath, kind, severity, priority, state, active, acknowledged,
                raisedAt, clearedAt, peakValue, late, null, null);
    }

    /** The same alarm as forwarded by {@code platform}. */
    public AlarmView forwardedBy(String platform) {
        return new AlarmView(id, enterpriseCode, pointCode, jurisdictionPath, kind, severity, priority, state, active,
                acknowledged, raisedAt, clearedAt, peakValue, late, platform, text);
    }

    /** Whether people on this platform may handle it (acknowledge, shelve): not one forwarded or of no enterprise. */
    public boolean handledHere() {
        return origin == null && enterpriseCode != null;
    }

    /** One transition on the live feed, with the episode as it is after it. */
    public record FeedItem(String transition, OffsetDateTime at, String actor, AlarmView alarm) {

        FeedItem(String transition, Instant at, String actor, AlarmView alarm, ZoneId zone) {
            this(transition, shown(at, zone), actor, alarm);
        }
    }

    /** One recorded transition. */
    public record TransitionView(int seq, String kind, OffsetDateTime at, OffsetDateTime recordedAt, String actor,
                          String fromState, String toState, String severity, Double value, String note) {
    }

    static AlarmView of(Episode e, String path, ZoneId zone) {
        return new AlarmView(e.id(), e.key().enterpriseCode().code(), e.key().subject(), path,
                e.key().kind(), e.severity(), e.severity().priority(), e.state().name(), e.active(), e.acknowledged(),
                shown(e.raisedAt(), zone), shown(e.clearedAt(), zone),
                Double.isNaN(e.peakValue()) ? null : e.peakValue(), e.late());
    }

    static OffsetDateTime shown(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
