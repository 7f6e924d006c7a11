package org.hazwatch.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.protocol.BeijingTime;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;

/**
 * Replays a Tennessee Eastman recording as live readings (数据回放): the row at {@code h} hours is sent at
 * {@code start + h / speedUp}, and its readings carry that instant as their time, so a sped-up replay still looks
 * like a plant reporting now (SPEC §4 rejects readings from the future). Times are written in the plant's zone,
 * Beijing time.
 */
public final class Replay {

    public static final ZoneId PLANT_ZONE = BeijingTime.ZONE;

    private final TeRecording recording;
    private final List<TePoint> points;
    private final Instant start;
    private final double speedUp;

    public Replay(TeRecording recording, List<TePoint> points, Instant start, double speedUp) {
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speed-up must be positive, not " + speedUp);
        }
        this.recording = recording;
        this.points = List.copyOf(points);
        this.start = start;
        this.speedUp = speedUp;
    }

    /** The whole recording of the demo plant's 22 points. */
    public static Replay ofTePlant(int disturbance, Instant start, double speedUp) {
        return new Replay(TennesseeEastman.disturbance(disturbance), TePlant.POINTS, start, speedUp);
    }

    /** One step per row of the recording, in time order. */
    public List<ReplayStep> steps() {
        return recording.samples().stream().map(this::step).toList();
    }

    /** How long after {@code start} the row at {@code hours} is due. */
    public Duration offsetOf(double hours) {
        return Duration.ofMillis(Math.round(hours * 3_600_000 / speedUp));
    }

    private ReplayStep step(TeSample sample) {
        Instant at = start.plus(offsetOf(sample.hours()));
        OffsetDateTime time = OffsetDateTime.ofInstant(at, PLANT_ZONE);
        List<Reading> readings = points.stream()
                .map(p -> new Reading(p.code(), time, sample.xmeas(p.xmeas()), Quality.GOOD))
                .toList();
        return new ReplayStep(at, readings);
    }
}
