package org.hazwatch.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Sends the readings of a CSV file (历史数据导入), e.g. a historian's export after an outage. */
@Command(name = "csv", mixinStandardHelpOptions = true,
        description = "Sends the readings of a CSV file: pointCode,time,value[,quality] a line.")
final class CsvCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LinkOptions link;

    @Parameters(paramLabel = "FILE", description = "the CSV file")
    private Path file;

    @Option(names = "--speed", defaultValue = "0",
            description = "replay the file's time line this many times faster; 0 = as fast as possible (default)")
    private double speed;

    @Override
    public Integer call() throws Exception {
        return SourceRunner.run(link, null, spec.commandLine().getOut(),
                settings -> new CsvSource(file, speed, Clock.systemUTC()));
    }
}
