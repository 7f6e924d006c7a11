package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GatewayCommandTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void signPrintsTheThreeHeadersOfTheContract(@TempDir Path dir) throws IOException {
        Path body = Files.writeString(dir.resolve("body.json"), "{\"a\":1}");

        int exit = run("sign", "--gateway-code", "1405250000101", "--secret", "gw-secret-1405250000101",
                "--timestamp", "1764489600000", body.toString());

        assertThat(exit).isZero();
        // The signature is the openssl vector of RequestSignerTest: the command signs the file's exact bytes.
        assertThat(out.toString().lines()).containsExactly(
                "X-Gateway-Code: 1405250000101",
                "X-Timestamp: 1764489600000",
                "X-Signature: 24c7f520aebd200e5cf18257a247c65b51fd35691d7ad3fee8f5685c0c1a9abb");
    }

    @Test
    void signWithoutASecretIsAUsageError(@TempDir Path dir) throws IOException {
        Path body = Files.writeString(dir.resolve("body.json"), "{}");

        int exit = run("sign", "--gateway-code", "1405250000101", "--secret", "", body.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("secret is required");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void replayDryRunPrintsTheFirstBatchesAsWireJson() {
        int exit = run("replay-te", "--dry-run", "--disturbance", "6", "--batches", "2",
                "--start", "2026-11-30T00:00:00Z", "--speed", "60");

        assertThat(exit).isZero();
        List<ReadingBatch> batches = out.toString().lines()
                .map(line -> WireJson.decode(line.getBytes(StandardCharsets.UTF_8), ReadingBatch.class)).toList();
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0).enterpriseCode()).isEqualTo("14052500099");
        assertThat(batches.get(0).gatewayCode()).isEqualTo("1405250009901");
        assertThat(batches.get(0).readings()).hasSize(22);
        assertThat(batches.get(1).readings().get(0).time().toInstant())
                .isEqualTo(Instant.parse("2026-11-30T00:00:10Z"));
        assertThat(out.toString()).contains("\"time\":\"2026-11-30T08:00:00.000+08:00\"");
    }

    @Test
    void replayWithoutDryRunNeedsAPlatformToSendTo(@TempDir Path dir) {
        int exit = run("replay-te", "--secret", "s", "--queue-dir", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--platform URL or --mqtt URL");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void sendingNeedsASecret(@TempDir Path dir) {
        int exit = run("synthetic", "--platform", "http://127.0.0.1:1", "--gateway-code", "1405250000101",
                "--secret", "", "--queue-dir", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("secret is required");
    }

    @Test
    void aGatewayCodeOfAnotherEnterpriseIsAUsageError(@TempDir Path dir) {
        int exit = run("synthetic", "--platform", "http://127.0.0.1:1", "--gateway-code", "1405250000101",
                "--enterprise-code", "14052500002", "--secret", "s", "--queue-dir", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("enterprise");
    }

    @Test
    void optionsCanComeFromAnArgumentFile(@TempDir Path dir) throws IOException {
        Path args = Files.writeString(dir.resolve("gateway.args"),
                "--mqtt tcp://127.0.0.1:1\n--gateway-code 1405250000101\n--secret ''\n");

        int exit = run("synthetic", "@" + args);

        assertThat(exit).isEqualTo(2);
        // The file was read: the only thing missing is the secret it left empty.
        assertThat(err.toString()).contains("secret is required");
    }

    @Test
    void replayRefusesAnUnknownDisturbance() {
        int exit = run("replay-te", "--dry-run", "--disturbance", "21");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("1..15");
    }

    @Test
    void helpListsTheSubcommands() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("sign").contains("replay-te").contains("synthetic").contains("csv")
                .contains("modbus");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new GatewayCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }
}
