package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LoadRunSmokeTest {

    @Test
    @Timeout(300)
    void aTinyInProcessRunEndsWithAResultLineThatParses() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoadRun run = new LoadRun(new LoadRun.Settings(2, 50, 10, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ZERO), new PrintStream(printed, true, StandardCharsets.UTF_8));

        ResultLine result = run.inProcess();

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(result.format());
        assertThat(ResultLine.parse(result.format()).readingsPerSecond()).isEqualTo(Math.round(result.readingsPerSecond()));
        assertThat(result.readingsPerSecond()).isPositive();
        assertThat(result.p99Millis()).isGreaterThanOrEqualTo(result.p50Millis());
        assertThat(result.baselinePerSecond()).isPresent();
        assertThat(result.baselinePerSecond().getAsDouble()).isPositive();
        assertThat(lines).anyMatch(l -> l.startsWith("measured:") && l.endsWith(", 0 failures"));
        // the measured batches sent again: every reading a duplicate (a stored one would be a failure)
        assertThat(lines).anyMatch(l -> l.startsWith("re-send:") && l.contains(", 0 failures,"));
        assertThat(result.resendPerSecond()).isPresent();
        assertThat(result.resendRatio().getAsDouble()).isPositive();
    }
}
