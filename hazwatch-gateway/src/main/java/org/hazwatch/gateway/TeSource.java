package org.hazwatch.gateway;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.hazwatch.protocol.Reading;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.ReplayStep;

/**
 * A Tennessee Eastman recording replayed as the demo plant's 22 points (数据回放): each row is handed over when
 * its replay time comes ({@link Replay}), stamped with that time.
 */
final class TeSource implements ReadingSource {

    private final Replay replay;
    private final long rows;
    private final Clock clock;

    /** @param rows how many rows to replay; 0 for the whole recording */
    TeSource(Replay replay, long rows, Clock clock) {
        this.replay = replay;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public void run(Consumer<List<Reading>> out, StopSignal stop) {
        List<ReplayStep> steps = replay.steps();
        long end = rows == 0 ? steps.size() : Math.min(rows, steps.size());
        for (int i = 0; i < end && stop.sleepUntil(steps.get(i).at(), clock); i++) {
            out.accept(steps.get(i).readings());
        }
    }
}
