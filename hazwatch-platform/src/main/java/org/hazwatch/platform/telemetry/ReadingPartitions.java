package org.hazwatch.platform.telemetry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The day partitions of {@code reading} (UTC days, {@code reading_pYYYYMMDD}): today's and the next few are
 * created at start and daily; a day a write needs and lacks (old back-fill) is created on demand, so no reading
 * waits for a job. The retention job drops days older than the raw retention. A write holds the shared lock from
 * making sure of its days until its commit, so a day cannot be dropped under it.
 */
@Component
class ReadingPartitions {

    private static final Logger log = LoggerFactory.getLogger(ReadingPartitions.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'reading_p'yyyyMMdd");

    private static final String EXISTING = """
            SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'reading'::regclass""";

    private final JdbcClient jdbc;
    private final TelemetrySettings settings;
    private final Clock clock;
    private final Set<LocalDate> days = ConcurrentHashMap.newKeySet();
    private final ReentrantReadWriteLock dropping = new ReentrantReadWriteLock();

    ReadingPartitions(JdbcClient jdbc, TelemetrySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many day partitions exist. */
    int count() {
        return days.size();
    }

    /** How many days after today (UTC) already have their partition: below one, tomorrow's first batch makes it. */
    long daysAhead() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return days.stream().filter(today::isBefore).count();
    }

    /** Makes sure the days exist and holds them until the returned lock is unlocked. */
    Lock holdFor(Collection<LocalDate> needed) {
        Lock held = dropping.readLock();
        held.lock();
        try {
            needed.stream().filter(day -> !days.contains(day)).forEach(this::create);
            return held;
        } catch (RuntimeException e) {
            held.unlock();
            throw e;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "UTC")
    void maintain() {
        jdbc.sql(EXISTING).query(String.class).list()
                .forEach(name -> days.add(LocalDate.parse(name, NAME)));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (int ahead = 0; ahead <= settings.partitionsAhead(); ahead++) {
            if (!days.contains(today.plusDays(ahead))) {
                create(today.plusDays(ahead));
            }
        }
        dropBefore(LocalDate.ofInstant(clock.instant().minus(settings.rawRetention()), ZoneOffset.UTC));
    }

    /** Drops every day that ends on or before {@code firstKept}. */
    void dropBefore(LocalDate firstKept) {
        dropping.writeLock().lock();
        try {
            days.stream().filter(day -> day.isBefore(firstKept)).sorted().toList().forEach(day -> {
                jdbc.sql("DROP TABLE IF EXISTS " + day.format(NAME)).update();
                days.remove(day);
                log.info("dropped readings of {} (retention {})", day, settings.rawRetention());
            });
        } finally {
            dropping.writeLock().unlock();
        }
    }

    private synchronized void create(LocalDate day) {
        if (days.contains(day)) {
            return;
        }
        jdbc.sql("CREATE TABLE IF NOT EXISTS %s PARTITION OF reading FOR VALUES FROM ('%s') TO ('%s')"
                .formatted(day.format(NAME), day.atStartOfDay(ZoneOffset.UTC), day.plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC))).update();
        days.add(day);
    }
}
