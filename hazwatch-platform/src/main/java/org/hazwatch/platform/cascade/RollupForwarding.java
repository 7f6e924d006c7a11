package org.hazwatch.platform.cascade;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.telemetry.MinuteRollups;
import org.springframework.stereotype.Component;

/**
 * On the city with {@code hazwatch.cascade.readings=MINUTE}: the 1-minute rollups instead of the readings
 * (docs/CASCADE.md, rollups). A cursor over the reading log's receipt time, behind the rollup job: each page is the
 * minutes its readings revised, in revision order, each with its newest receipt as version, so a minute revised by
 * a late reading (补传) goes again as a newer version. The cursor moves only after the province's 200.
 */
@Component
class RollupForwarding {

    private final CascadeSettings settings;
    private final CascadeCursors cursors;
    private final MinuteRollups rollups;
    private final Upstream upstream;
    private final CascadeStatus status;
    private final Clock clock;

    RollupForwarding(CascadeSettings settings, CascadeCursors cursors, MinuteRollups rollups, Upstream upstream,
                     CascadeStatus status, Clock clock) {
        this.settings = settings;
        this.cursors = cursors;
        this.rollups = rollups;
        this.upstream = upstream;
        this.status = status;
        this.clock = clock;
    }

    /** The next page of revised minutes; whether the cursor moved. */
    boolean sendOnce() throws Upstream.Refused, InterruptedException {
        Instant from = cursors.minutesFrom();
        MinuteRollups.Page page = rollups.revisedFrom(from, settings.batchReadings());
        if (page.minutes().isEmpty()) {
            status.readingsCaughtUp(from);
            if (page.next().isAfter(from)) {
                cursors.minutesSentUpTo(page.next());
                return true;
            }
            return false;
        }
        List<MinuteIntake.WireMinute> minutes = page.minutes().stream().map(m -> new MinuteIntake.WireMinute(
                m.pointCode(), m.minute().toString(), CascadeOutbox.micros(m.revisedAt()), m.min(), m.max(), m.sum(),
                m.count(), m.lastTime().toString(), m.lastValue())).toList();
        String batchId = UUID.nameUUIDFromBytes(("rollups:" + from + "-" + page.next())
                .getBytes(StandardCharsets.UTF_8)).toString();
        upstream.post("rollups", new MinuteIntake.MinuteBatch(settings.platformCode(), batchId, minutes),
                CascadeWire.Taken.class);
        cursors.minutesSentUpTo(page.next());
        status.readingsSent(minutes.size(), page.minutes().get(0).revisedAt(), clock.instant());
        return true;
    }
}
