package org.hazwatch.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Sends a synthetic plant's readings (模拟数据): for trying the link and for load. */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
        description = "Sends synthetic readings of N points (<enterprise>001S0001WD001, …) every period.")
final class SyntheticCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LinkOptions link;

    @Option(names = "--points", defaultValue = "20", description = "how many points (default: ${DEFAULT-VALUE})")
    private int points;

    @Option(names = "--period", defaultValue = "1s", converter = DurationConverter.class,
            description = "sampling period (default: ${DEFAULT-VALUE})")
    private Duration period;

    @Option(names = "--samples", defaultValue = "0", description = "stop after this many samples, 0 for never")
    private long samples;

    @Option(names = "--seed", defaultValue = "1", description = "noise seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() throws Exception {
        return SourceRunner.run(link, null, spec.commandLine().getOut(), settings ->
                new SyntheticSource(settings.enterpriseCode(), points, period, samples, seed, Clock.systemUTC()));
    }
}
