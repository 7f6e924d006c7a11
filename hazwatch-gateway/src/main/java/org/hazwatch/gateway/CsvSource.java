package org.hazwatch.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;

/**
 * Readings from a CSV file (历史数据导入): {@code pointCode,time,value[,quality]} a line, time ISO-8601 with its
 * offset, quality GOOD (default), UNCERTAIN or BAD; an optional header line starting with {@code point}, blank
 * lines and {@code #} comments are skipped. Consecutive lines of the same time form one sample. Times are sent as
 * written (the file is history: back-fill). With a speed factor the samples are paced as they were recorded,
 * {@code speed} times faster; without one (0) they are queued as fast as the disk takes them. A malformed line
 * stops the source with its line number; the samples before it are queued.
 */
final class CsvSource implements ReadingSource {

    private final Path file;
    private final double speed;
    private final Clock clock;

    CsvSource(Path file, double speed, Clock clock) {
        if (speed < 0 || Double.isNaN(speed)) {
            throw new IllegalArgumentException("speed must be 0 (no pacing) or positive, not " + speed);
        }
        this.file = file;
        this.speed = speed;
        this.clock = clock;
    }

    @Override
    public void run(Consumer<List<Reading>> out, StopSignal stop) throws IOException {
        Instant started = clock.instant();
        OffsetDateTime first = null;
        List<Reading> sample = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")
                        || (number == 1 && text.toLowerCase(Locale.ROOT).startsWith("point"))) {
                    continue;
                }
                Reading reading = parse(text, number);
                first = first == null ? reading.time() : first;
                if (!sample.isEmpty() && !sample.get(0).time().isEqual(reading.time())) {
                    if (!emit(sample, started, first, out, stop)) {
                        return;
                    }
                    sample = new ArrayList<>();
                }
                sample.add(reading);
            }
        }
        if (!sample.isEmpty()) {
            emit(sample, started, first, out, stop);
        }
    }

    /** Hands the sample over when its paced time comes; whether to go on. */
    private boolean emit(List<Reading> sample, Instant started, OffsetDateTime first, Consumer<List<Reading>> out,
                         StopSignal stop) {
        boolean goOn = speed == 0 ? !stop.stopped() : stop.sleepUntil(
                started.plusMillis(Math.round(Duration.between(first, sample.get(0).time()).toMillis() / speed)),
                clock);
        if (goOn) {
            out.accept(sample);
        }
        return goOn;
    }

    private Reading parse(String line, int number) {
        String[] fields = line.split(",", -1);
        if (fields.length < 3 || fields.length > 4) {
            throw malformed(number, "expected pointCode,time,value[,quality]");
        }
        try {
            Quality quality = fields.length == 4 && !fields[3].isBlank()
                    ? Quality.valueOf(fields[3].strip().toUpperCase(Locale.ROOT)) : Quality.GOOD;
            return new Reading(fields[0].strip(), OffsetDateTime.parse(fields[1].strip()),
                    Double.parseDouble(fields[2].strip()), quality);
        } catch (DateTimeParseException e) {
            throw malformed(number, "time is not ISO-8601 with an offset: " + fields[1]);
        } catch (IllegalArgumentException e) {
            throw malformed(number, e.getMessage());
        }
    }

    private IllegalArgumentException malformed(int number, String reason) {
        return new IllegalArgumentException(file + ":" + number + ": " + reason);
    }
}
