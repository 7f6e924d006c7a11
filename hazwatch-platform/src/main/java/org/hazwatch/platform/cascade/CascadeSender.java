package org.hazwatch.platform.cascade;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.cascade.rules.Backoff;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.CommittedReadings;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingsCommitted;
import org.hazwatch.platform.warning.Warnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * On the city: one thread that sends to the province (docs/CASCADE.md, ordering and back-off). Each cycle sends the
 * oldest run of one kind from the outbox, then the next page of the reading log after the cursor, then fetches the
 * province's orders. A batch leaves the queue (outbox row marked, cursor moved) only after the province's 200, so a
 * kill -9 at any point sends it again, and the province stores it once. Failures wait as {@link Backoff} says and
 * try the same batch again; nothing overtakes it.
 */
@Component
class CascadeSender implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(CascadeSender.class);

    private final CascadeSettings settings;
    private final CascadeOutbox outbox;
    private final CascadeCursors cursors;
    private final CommittedReadings log;
    private final Upstream upstream;
    private final OrdersFromProvince orders;
    private final RollupForwarding rollups;
    private final DutyRoomKinds dutyRoom;
    private final Registry registry;
    private final Alarms alarms;
    private final Warnings warnings;
    private final ObjectMapper json;
    private final CascadeStatus status;
    private final Clock clock;
    private final Backoff backoff;
    private final SupervisionBodies supervision;
    private volatile Thread thread;
    private volatile boolean running;

    CascadeSender(CascadeSettings settings, CascadeOutbox outbox, CascadeCursors cursors, CommittedReadings log,
                  Upstream upstream, OrdersFromProvince orders, RollupForwarding rollups, DutyRoomKinds dutyRoom,
                  Registry registry, Alarms alarms, Warnings warnings, ObjectMapper json, CascadeStatus status,
                  Clock clock, SupervisionBodies supervision) {
        this.supervision = supervision;
        this.settings = settings;
        this.outbox = outbox;
        this.cursors = cursors;
        this.log = log;
        this.upstream = upstream;
        this.orders = orders;
        this.rollups = rollups;
        this.dutyRoom = dutyRoom;
        this.registry = registry;
        this.alarms = alarms;
        this.warnings = warnings;
        this.json = json;
        this.status = status;
        this.clock = clock;
        this.backoff = new Backoff(settings.retryFirst(), settings.retryMax());
    }

    @Override
    public void start() {
        if (!settings.forwards()) {
            return;
        }
        if (settings.platformCode() == null || settings.secret() == null) {
            throw new IllegalStateException("hazwatch.cascade.upstream-url needs hazwatch.cascade.platform-code and "
                    + "hazwatch.cascade.secret (the province's registration of this platform)");
        }
        running = true;
        thread = new Thread(this::run, "cascade-sender");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread sending = thread;
        if (sending != null) {
            sending.interrupt();
            try {
                sending.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                boolean sentSomething = objectsOnce() | (settings.readings() == CascadeSettings.Readings.MINUTE
                        ? rollups.sendOnce() : readingsOnce()) | orders.fetchAndApply();
                if (failures > 0) {
                    logger.info("cascade: the province takes batches again after {} failures", failures);
                }
                failures = 0;
                status.succeeded(clock.instant());
                if (!sentSomething) {
                    Thread.sleep(settings.period().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Upstream.Refused | RuntimeException e) {
                failures++;
                int code = e instanceof Upstream.Refused r ? r.status : -1;
                status.failed(clock.instant(), code, e.getMessage());
                Duration wait = backoff.after(failures);
                if (failures == 1 || failures % 10 == 0) {
                    logger.warn("cascade: the province did not take a batch ({}; {}), again in {} (failure {})",
                            code, e.getMessage(), wait, failures);
                }
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The oldest run of one kind from the outbox; whether there was one. */
    private boolean objectsOnce() throws Upstream.Refused, InterruptedException {
        List<CascadeOutbox.Queued> unsent = outbox.unsent(settings.batchObjects());
        status.backlog(outbox.backlog());
        if (unsent.isEmpty()) {
            return false;
        }
        CascadeWire.Kind kind = unsent.get(0).kind();
        List<CascadeOutbox.Queued> run = unsent.stream().takeWhile(q -> q.kind() == kind)
                .limit(SupervisionBodies.perBatch(kind)).toList();
        List<CascadeWire.ForwardedObject> objects = new ArrayList<>();
        for (CascadeOutbox.Queued q : run) {
            JsonNode body = body(q);
            if (body != null) {
                objects.add(new CascadeWire.ForwardedObject(q.objectId(), q.version(), q.enterpriseCode(), body));
            }
        }
        if (!objects.isEmpty()) {
            String batchId = UUID.nameUUIDFromBytes((kind + ":" + run.get(0).seq() + "-" + run.get(run.size() - 1)
                    .seq()).getBytes(StandardCharsets.UTF_8)).toString();
            upstream.post(kind.path, new CascadeWire.ObjectBatch(settings.platformCode(), batchId, objects),
                    CascadeWire.Taken.class);
        }
        outbox.sent(run);
        status.sent(kind.name(), objects.size(), clock.instant());
        return true;
    }

    /** The object's state now, as this platform shows it; null when it is gone (nothing to forward). */
    private JsonNode body(CascadeOutbox.Queued q) {
        try {
            return switch (q.kind()) {
                case ENTERPRISE -> json.readTree(registry.exportJson(Actor.system(), q.objectId()));
                case ALARM -> alarms.one(Actor.system(), UUID.fromString(q.objectId()))
                        .map(a -> (JsonNode) json.valueToTree(a)).orElse(null);
                case WARNING -> json.valueToTree(warnings.one(Actor.system(), UUID.fromString(q.objectId())));
                case PATROL, RECTIFICATION, QUALITY_DAY, BULLETIN -> supervision.body(q);
                default -> dutyRoom.body(q);
            };
        } catch (NotFoundException gone) {
            return null;
        }
    }

    /** The next page of the reading log after the cursor; whether there was one. */
    private boolean readingsOnce() throws Upstream.Refused, InterruptedException {
        Instant after = cursors.readingsAfter();
        List<ReadingsCommitted> groups = log.groupsAfter(after, settings.batchReadings());
        if (groups.isEmpty()) {
            status.readingsCaughtUp(after);
            return false;
        }
        List<CascadeWire.WireReading> readings = new ArrayList<>();
        for (ReadingsCommitted group : groups) {
            for (NewReading r : group.readings()) {
                readings.add(new CascadeWire.WireReading(r.pointCode(), r.time().toString(), r.value(),
                        r.quality().name(), r.late()));
            }
        }
        Instant through = groups.get(groups.size() - 1).receivedAt();
        String batchId = UUID.nameUUIDFromBytes(("readings:" + after + "-" + through)
                .getBytes(StandardCharsets.UTF_8)).toString();
        upstream.post("readings", new CascadeWire.ReadingBatch(settings.platformCode(), batchId, readings),
                CascadeWire.Taken.class);
        cursors.readingsSentThrough(through);
        status.readingsSent(readings.size(), groups.get(0).receivedAt(), clock.instant());
        return true;
    }
}
