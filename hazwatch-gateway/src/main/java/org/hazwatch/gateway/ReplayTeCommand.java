package org.hazwatch.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.TePlant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Replays a Tennessee Eastman recording as the demo enterprise's gateway (数据回放), through the queue to the
 * platform. With {@code --dry-run} it prints the first batches as wire JSON, one a line, instead.
 */
@Command(name = "replay-te", mixinStandardHelpOptions = true,
        description = "Replays a Tennessee Eastman recording as enterprise " + TePlant.ENTERPRISE_CODE + ".")
final class ReplayTeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LinkOptions link;

    @Option(names = "--dry-run", description = "print the first batches instead of sending")
    private boolean dryRun;

    @Option(names = "--disturbance", defaultValue = "1", paramLabel = "N",
            description = "the recording IDV(N), 1..15 (default: ${DEFAULT-VALUE})")
    private int disturbance;

    @Option(names = "--speed", defaultValue = "60",
            description = "plant seconds per wall-clock second (default: ${DEFAULT-VALUE})")
    private double speedUp;

    @Option(names = "--start", paramLabel = "INSTANT", description = "ISO-8601 instant of the first row (default: now)")
    private Instant start;

    @Option(names = "--batches", defaultValue = "3",
            description = "with --dry-run: how many batches to print (default: ${DEFAULT-VALUE})")
    private int batches;

    @Option(names = "--rows", defaultValue = "0", description = "rows to replay, 0 for the whole recording")
    private long rows;

    @Override
    public Integer call() throws Exception {
        if (disturbance < 1 || disturbance > 15) {
            throw new ParameterException(spec.commandLine(), "--disturbance must be 1..15, not " + disturbance);
        }
        if (!(speedUp > 0)) {
            throw new ParameterException(spec.commandLine(), "--speed must be positive, not " + speedUp);
        }
        Replay replay = Replay.ofTePlant(disturbance, start != null ? start : Instant.now(), speedUp);
        if (dryRun) {
            ReadingSink sink = new JsonLinesSink(spec.commandLine().getOut());
            for (var step : replay.steps().subList(0, Math.min(batches, replay.steps().size()))) {
                sink.send(step.batch(TePlant.ENTERPRISE_CODE, TePlant.GATEWAY_CODE));
            }
            return 0;
        }
        return SourceRunner.run(link, TePlant.GATEWAY_CODE, spec.commandLine().getOut(),
                settings -> new TeSource(replay, rows, Clock.systemUTC()));
    }
}
