package org.hazwatch.platform.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A run of {@code pg_dump} or {@code pg_restore}: its verbose lines (stderr) read on a thread of their own, the
 * lines naming a table turned into progress, the last lines kept to say why it failed.
 */
final class ClientRun {

    private final Process process;
    private final Thread reader;
    private final List<String> tail = new ArrayList<>();

    private ClientRun(Process process, Thread reader) {
        this.process = process;
        this.reader = reader;
    }

    /**
     * Starts {@code command} with libpq's environment.
     *
     * @param tableMarker the text of a verbose line that names a table ({@code "dumping contents of table"})
     * @param onTable     told each such table
     */
    static ClientRun start(List<String> command, Map<String, String> environment, String tableMarker,
                           Consumer<String> onTable) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        ClientRun[] run = new ClientRun[1];
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    int at = line.indexOf(tableMarker);
                    if (at >= 0) {
                        onTable.accept(line.substring(at + tableMarker.length()).trim().replace("\"", ""));
                    }
                    run[0].keep(line);
                }
            } catch (IOException e) {
                // the program ended
            }
        }, "hazwatch-" + command.get(0).replaceAll(".*/", ""));
        run[0] = new ClientRun(process, reader);
        reader.setDaemon(true);
        reader.start();
        return run[0];
    }

    private synchronized void keep(String line) {
        tail.add(line);
        if (tail.size() > 20) {
            tail.remove(0);
        }
    }

    Process process() {
        return process;
    }

    /** Waits for the end; fails with the program's last lines unless it succeeded. */
    void finish(String what) throws IOException, InterruptedException {
        int exit = process.waitFor();
        reader.join(10_000);
        if (exit != 0) {
            List<String> last;
            synchronized (this) {
                last = List.copyOf(tail);
            }
            throw new IOException(what + " failed (exit " + exit + "):\n  " + String.join("\n  ", last));
        }
    }

    void kill() {
        process.destroyForcibly();
    }
}
