package org.hazwatch.platform.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hazwatch.platform.alarm.rules.AlarmLimits;
import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The alarm feature's entry class (报警): the alarms people see and handle, scoped to the actor, their overview
 * and health, and the limits the engine applies to each point.
 */
@Service
@EntryClass
public class Alarms {

    private final AlarmQueries queries;
    private final AlarmOperations operations;
    private final AlarmOverview overview;
    private final AlarmPoints points;

    private final ObjectProvider<ForwardedAlarms> forwarded;

    Alarms(AlarmQueries queries, AlarmOperations operations, AlarmOverview overview, AlarmPoints points,
           ObjectProvider<ForwardedAlarms> forwarded) {
        this.forwarded = forwarded;
        this.queries = queries;
        this.operations = operations;
        this.overview = overview;
        this.points = points;
    }

    /**
     * The point's limits exactly as the engine applies them — registered, or its kind's defaults (a combustible-gas
     * detector in %LEL registered without limits alarms at 25 and 50); {@link AlarmLimits#NONE} for a point the
     * engine does not know.
     */
    public AlarmLimits limitsOf(String pointCode) {
        PointAlarmSettings settings = points.settings(pointCode);
        return settings == null ? AlarmLimits.NONE : settings.limits();
    }

    /** The alarms in force or waiting for acknowledgement, newest first; of one enterprise when a code is given. */
    public List<AlarmView> active(Actor actor, String enterpriseCode, int limit) {
        return overview.active(actor, enterpriseCode, limit);
    }

    /**
     * As {@link #active}, with the open alarms a city forwarded here for the enterprise (cascade, SPEC §12) among
     * them, newest first: the enterprise page of a forwarded enterprise, whose alarms its city raises.
     */
    public List<AlarmView> activeWithForwarded(Actor actor, String enterpriseCode, int limit) {
        List<AlarmView> own = active(actor, enterpriseCode, limit);
        ForwardedAlarms cascade = forwarded.getIfAvailable();
        if (cascade == null) {
            return own;
        }
        List<AlarmView> others = cascade.find(actor.scope(), new ForwardedAlarms.Query(true, null, enterpriseCode,
                null, null, null, null), limit).items().stream().filter(a -> a.enterpriseCode() != null).toList();
        return others.isEmpty() ? own : Stream.concat(own.stream(), others.stream())
                .sorted(AlarmController.NEWEST_FIRST).limit(limit).toList();
    }

    /**
     * The alarms raised from {@code from} (inclusive) to {@code to} (exclusive), newest first, of one enterprise when
     * a code is given: for the cascade's catch-up (SPEC §12) after back-fill and restarts.
     */
    public List<AlarmView> raisedBetween(Actor actor, String enterpriseCode, Instant from, Instant to, int limit) {
        return queries.list(actor, new AlarmQueries.Filter(false, enterpriseCode, null, null, null, from, to, limit));
    }

    /** The alarm if the actor sees it. */
    public Optional<AlarmView> one(Actor actor, UUID id) {
        return queries.one(actor, id);
    }

    public AlarmView acknowledge(Actor actor, UUID id, String comment) {
        return operations.acknowledge(actor, id, comment);
    }

    public AlarmView shelve(Actor actor, UUID id, String reason, Instant until) {
        return operations.shelve(actor, id, reason, until);
    }

    public AlarmView unshelve(Actor actor, UUID id) {
        return operations.unshelve(actor, id);
    }

    /** Alarms raised per day (Asia/Shanghai) from {@code from} to {@code to} inclusive, every day listed. */
    public List<AlarmDay> perDay(Actor actor, LocalDate from, LocalDate to) {
        return overview.perDay(actor, from, to);
    }

    public AlarmSystemHealth.Figures enterpriseHealth(Actor actor, EnterpriseCode enterpriseCode, Duration window) {
        return overview.enterpriseHealth(actor, enterpriseCode, window);
    }

    /** The enterprise's health figures over a window of its own ({@code [from, to)}). */
    public AlarmSystemHealth.Figures enterpriseHealth(Actor actor, EnterpriseCode enterpriseCode, Instant from,
                                                      Instant to) {
        return overview.enterpriseHealth(actor, enterpriseCode, from, to);
    }

    /** Each enterprise's figures, read together (the jurisdiction's health table); unseen ones left out. */
    public Map<String, AlarmSystemHealth.Figures> enterprisesHealth(Actor actor, List<String> enterpriseCodes,
                                                                    Duration window) {
        return overview.enterprisesHealth(actor, enterpriseCodes, window);
    }

    public AlarmSystemHealth.Figures jurisdictionHealth(Actor actor, String jurisdictionCode, Duration window) {
        return overview.jurisdictionHealth(actor, jurisdictionCode, window);
    }
}
