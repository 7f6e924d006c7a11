package org.hazwatch.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.hazwatch.bench.load.HeapRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole platform's heap per live point ({@code ./hazwatch bench heap}, issue 17): the province bench's
 * enterprises registered in a platform started in-process, one reading of every point, then the heap after a full GC
 * and the classes that grew, per point. Ends with one {@code HEAP enterprises=… points=… readings=… heap_mib=…
 * grown_mib=… bytes_per_point=…} line (docs/PERFORMANCE.md, section p-heap).
 */
@Command(name = "heap", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Heap of the whole platform per live point, with the classes that hold it.")
public final class HeapBenchmark implements Callable<Integer> {

    @Option(names = "--enterprises", defaultValue = "500", description = "enterprises (default ${DEFAULT-VALUE})")
    int enterprises;

    @Option(names = "--points-per-enterprise", defaultValue = "100", description = "(default ${DEFAULT-VALUE})")
    int pointsPerEnterprise;

    @Option(names = "--rounds", defaultValue = "1", description = "readings of every point (default ${DEFAULT-VALUE}; 60 fills the trend windows)")
    int rounds;

    @Option(names = "--spacing", defaultValue = "120", description = "seconds between the rounds' reading times, the last one now (default ${DEFAULT-VALUE})")
    int spacing;

    @Option(names = "--province", defaultValue = "140000", description = "the province's code (default ${DEFAULT-VALUE}, 山西省)")
    String province;

    @Option(names = "--threads", defaultValue = "4", description = "imports and batches at a time (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--settle", defaultValue = "20", description = "seconds of quiet before each weighing (default ${DEFAULT-VALUE})")
    int settle;

    @Option(names = "--top", defaultValue = "30", description = "classes listed (default ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws Exception {
        if (enterprises < 1 || pointsPerEnterprise < 1 || rounds < 1 || spacing < 1 || threads < 1 || settle < 0
                || top < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "need enterprises ≥ 1, points per enterprise ≥ 1, rounds ≥ 1, spacing ≥ 1, threads ≥ 1");
        }
        new HeapRun(new HeapRun.Settings(province, enterprises, pointsPerEnterprise, rounds,
                Duration.ofSeconds(spacing), threads,
                Duration.ofSeconds(settle), top), System.out).inProcess();
        return 0;
    }
}
