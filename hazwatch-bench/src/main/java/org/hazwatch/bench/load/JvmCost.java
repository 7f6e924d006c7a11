package org.hazwatch.bench.load;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the bench's JVM (the platform and the load generator, not the database) spent: CPU time of the process and
 * bytes allocated by its live threads. Per request, these are figures a busy machine hardly moves, unlike a rate
 * (p-ingest, issue 17); threads that ended in between are missing from the bytes.
 */
record JvmCost(long cpuNanos, long allocatedBytes) {

    static JvmCost now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .filter(b -> b > 0).sum();
        return new JvmCost(os.getProcessCpuTime(), allocated);
    }

    /** {@code cost: 1.23 ms CPU and 45.6 KiB allocated per request in this JVM (platform and generator)}. */
    String perRequestSince(JvmCost start, long requests) {
        long n = Math.max(1, requests);
        return String.format(Locale.ROOT, "cost: %.3f ms CPU and %.1f KiB allocated per request in this JVM "
                        + "(platform and load generator)", (cpuNanos - start.cpuNanos) / 1e6 / n,
                (allocatedBytes - start.allocatedBytes) / 1024.0 / n);
    }
}
