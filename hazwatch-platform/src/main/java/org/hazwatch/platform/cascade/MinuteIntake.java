package org.hazwatch.platform.cascade;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.telemetry.MinuteRollups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the province: a city's 1-minute rollups (docs/CASCADE.md, rollups), the readings' rules for place (403) and
 * unknown points (409). Each (platform, point, minute, version) is stored once; the newest version of a minute
 * stands in the rollup tables, so the series API reads a forwarded point as it reads a local one.
 */
@Service
class MinuteIntake {

    /** A batch of minutes, in the order the city revised them. */
    record MinuteBatch(String platformCode, String batchId, List<WireMinute> minutes) {
    }

    /**
     * One minute of one point over its usable readings ({@code avg = sum / count}); {@code version} grows each
     * time the city revises the minute (late readings, 补传).
     */
    record WireMinute(String pointCode, String minute, long version, Double min, Double max, Double sum,
                      Long count, String lastTime, Double lastValue) {
    }

    private final ForwardedMinutes forwarded;
    private final CascadeIntake intake;
    private final MinuteRollups rollups;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MinuteIntake(ForwardedMinutes forwarded, CascadeIntake intake, MinuteRollups rollups,
                 TransactionTemplate transaction, Clock clock) {
        this.forwarded = forwarded;
        this.intake = intake;
        this.rollups = rollups;
        this.transaction = transaction;
        this.clock = clock;
    }

    CascadeWire.Taken take(RegisteredPlatform platform, MinuteBatch batch) {
        if (batch.minutes() == null) {
            throw CascadeRefused.malformed("minutes", "required");
        }
        if (!platform.code().equals(batch.platformCode())) {
            throw CascadeRefused.forbidden("platformCode", "the body names another platform than the signer");
        }
        Map<String, String> forwarderOfEnterprise = new HashMap<>();
        List<Placed> placed = new ArrayList<>(batch.minutes().size());
        for (int i = 0; i < batch.minutes().size(); i++) {
            WireMinute m = batch.minutes().get(i);
            String field = "minutes[" + i + "]";
            MinuteRollups.Minute minute = parsed(m, field);
            intake.requireForwardedPoint(platform, m.pointCode(), field, forwarderOfEnterprise);
            placed.add(new Placed(minute, m.version()));
        }
        Instant now = clock.instant();
        int[] taken = new int[2];
        transaction.executeWithoutResult(status -> {
            List<MinuteRollups.Minute> newest = new ArrayList<>();
            for (Placed p : placed) {
                ForwardedObjects.Outcome outcome = forwarded.record(platform.code(), p.minute().pointCode(),
                        p.minute().minute(), p.version(), now);
                taken[outcome == ForwardedObjects.Outcome.DUPLICATE ? 1 : 0]++;
                if (outcome == ForwardedObjects.Outcome.NEWEST) {
                    newest.add(p.minute());
                }
            }
            rollups.putForwarded(newest);
        });
        return new CascadeWire.Taken(taken[0], taken[1]);
    }

    private record Placed(MinuteRollups.Minute minute, long version) {
    }

    private static MinuteRollups.Minute parsed(WireMinute m, String field) {
        if (m == null || m.pointCode() == null) {
            throw CascadeRefused.malformed(field + ".pointCode", "required");
        }
        if (m.version() <= 0) {
            throw CascadeRefused.malformed(field + ".version", "a positive number is required");
        }
        if (m.min() == null || m.max() == null || m.sum() == null || m.lastValue() == null || m.count() == null
                || m.count() < 1 || m.min() > m.max()) {
            throw CascadeRefused.malformed(field, "min ≤ max, sum, count ≥ 1 and lastValue are required");
        }
        Instant minute = time(m.minute(), field + ".minute");
        if (!minute.equals(minute.truncatedTo(ChronoUnit.MINUTES))) {
            throw CascadeRefused.malformed(field + ".minute", "the start of a minute is required");
        }
        return new MinuteRollups.Minute(m.pointCode(), minute, m.min(), m.max(), m.sum(), m.count(),
                time(m.lastTime(), field + ".lastTime"), m.lastValue(), null);
    }

    private static Instant time(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw CascadeRefused.malformed(field, "an ISO-8601 instant is required");
        }
    }
}
