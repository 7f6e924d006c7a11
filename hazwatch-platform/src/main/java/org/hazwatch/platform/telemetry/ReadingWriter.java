package org.hazwatch.platform.telemetry;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The single writer of the reading log: group commit. Requests queue up while a group is being written; the writer
 * then takes all that are waiting (up to {@link TelemetrySettings#groupReadings()} readings) into the next
 * transaction, so the cost of a commit is shared and the table sees one writer. Futures complete after commit.
 */
@Component
class ReadingWriter implements ReadingLog, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadingWriter.class);

    private record Pending(List<NewReading> readings, CompletableFuture<AppendOutcome> done) {
    }

    private static final long SECONDS_PER_DAY = 86_400;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final DataSource dataSource;
    private final ReadingPartitions partitions;
    private final LiveReadings live;
    private final ApplicationEventPublisher events;
    private final TelemetrySettings settings;
    private final Clock clock;
    private final ReadingTable table = new ReadingTable();
    private volatile boolean running;
    private Thread thread;
    private Instant lastStamp = Instant.EPOCH;
    private Instant inFlight;

    ReadingWriter(DataSource dataSource, ReadingPartitions partitions, LiveReadings live,
                  ApplicationEventPublisher events, TelemetrySettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.partitions = partitions;
        this.live = live;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<AppendOutcome> append(List<NewReading> readings) {
        CompletableFuture<AppendOutcome> done = new CompletableFuture<>();
        if (readings.isEmpty()) {
            done.complete(new AppendOutcome(0, 0));
        } else if (!running) {
            done.completeExceptionally(new IllegalStateException("the reading log is not running"));
        } else {
            queue.add(new Pending(List.copyOf(readings), done));
        }
        return done;
    }

    /**
     * A time such that every reading received before it is committed or failed: the rollup job reads what arrived
     * up to here. Later groups are stamped after it.
     */
    synchronized Instant committedThrough() {
        return inFlight != null ? inFlight : nextStamp();
    }

    private synchronized Instant startGroup() {
        inFlight = nextStamp();
        return inFlight;
    }

    private synchronized void endGroup() {
        inFlight = null;
    }

    private Instant nextStamp() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plus(1, ChronoUnit.MICROS);
        return lastStamp;
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    write(drainAfter(first));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Pending> drainAfter(Pending first) {
        List<Pending> group = new ArrayList<>();
        group.add(first);
        int readings = first.readings().size();
        Pending next;
        while (readings < settings.groupReadings() && (next = queue.poll()) != null) {
            group.add(next);
            readings += next.readings().size();
        }
        return group;
    }

    private void write(List<Pending> group) {
        Set<LocalDate> days = daysOf(group);
        ReadingTable.Written written;
        Instant receivedAt = startGroup();
        try {
            Lock held = partitions.holdFor(days);
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    written = table.write(connection, group.stream().map(Pending::readings).toList(),
                            receivedAt);
                    connection.commit();
                } catch (Exception e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } finally {
                held.unlock();
            }
        } catch (Exception e) {
            log.error("a group of {} requests could not be stored", group.size(), e);
            group.forEach(p -> p.done().completeExceptionally(e));
            return;
        } finally {
            endGroup();
        }
        afterCommit(group, written, receivedAt);
    }

    /** The UTC days the group's readings fall on; readings of one group mostly share a day or two. */
    private static Set<LocalDate> daysOf(List<Pending> group) {
        Set<LocalDate> days = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (Pending pending : group) {
            for (NewReading reading : pending.readings()) {
                long day = Math.floorDiv(reading.time().getEpochSecond(), SECONDS_PER_DAY);
                if (day != previous) {
                    days.add(LocalDate.ofEpochDay(day));
                    previous = day;
                }
            }
        }
        return days;
    }

    private void afterCommit(List<Pending> group, ReadingTable.Written written, Instant receivedAt) {
        List<NewReading> stored = written.storedByRequest().stream().flatMap(List::stream).toList();
        live.record(stored, receivedAt);
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done().complete(new AppendOutcome(written.storedByRequest().get(i).size(),
                    written.duplicatesByRequest()[i]));
        }
        if (!stored.isEmpty()) {
            events.publishEvent(new ReadingsCommitted(receivedAt, stored));
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "reading-writer");
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            thread.join(settings.appendTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts before and stops after the web server, so requests still being answered at shutdown are written. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
