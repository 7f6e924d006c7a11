package org.hazwatch.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads N. L. Ricker's Tennessee Eastman (田纳西-伊斯曼过程) recordings: {@code idvN-y.dat} holds the measurements,
 * whitespace-separated in E-notation, 51 columns a row; {@code idvN-t.dat} holds each row's time in hours in its
 * first column. The fifteen recordings ship on the classpath under {@code /tennessee-eastman/} (MIT, see the
 * README there).
 */
public final class TennesseeEastman {

    public static final int COLUMNS = 51;
    public static final int DISTURBANCES = 15;

    private TennesseeEastman() {
    }

    /** The shipped recording of disturbance IDV(n), n = 1..15. */
    public static TeRecording disturbance(int n) {
        if (n < 1 || n > DISTURBANCES) {
            throw new IllegalArgumentException("disturbance must be 1.." + DISTURBANCES + ", not " + n);
        }
        try (InputStream y = resource("idv" + n + "-y.dat"); InputStream t = resource("idv" + n + "-t.dat")) {
            return read(n, reader(y), reader(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a recording from its measurement and time files; both must have the same number of rows. */
    public static TeRecording read(int disturbance, Reader measurements, Reader times) throws IOException {
        List<double[]> rows = rows(measurements, COLUMNS);
        List<double[]> hours = rows(times, -1);
        if (rows.size() != hours.size()) {
            throw new IllegalArgumentException(
                    rows.size() + " measurement rows but " + hours.size() + " time rows");
        }
        List<TeSample> samples = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            samples.add(new TeSample(hours.get(i)[0], Arrays.stream(rows.get(i)).boxed().toList()));
        }
        return new TeRecording(disturbance, samples);
    }

    private static List<double[]> rows(Reader source, int expectedColumns) throws IOException {
        List<double[]> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            if (expectedColumns > 0 && fields.length != expectedColumns) {
                throw new IllegalArgumentException(
                        "line " + lineNumber + " has " + fields.length + " columns, not " + expectedColumns);
            }
            rows.add(parse(fields, lineNumber));
        }
        return rows;
    }

    private static double[] parse(String[] fields, int lineNumber) {
        double[] values = new double[fields.length];
        for (int i = 0; i < fields.length; i++) {
            try {
                values[i] = Double.parseDouble(fields[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "line " + lineNumber + " column " + (i + 1) + ": '" + fields[i] + "' is not a number", e);
            }
        }
        return values;
    }

    private static InputStream resource(String name) {
        InputStream in = TennesseeEastman.class.getResourceAsStream("/tennessee-eastman/" + name);
        if (in == null) {
            throw new IllegalStateException("recording /tennessee-eastman/" + name + " is not on the classpath");
        }
        return in;
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.US_ASCII);
    }
}
