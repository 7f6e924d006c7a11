package org.hazwatch.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cutting an event clip out of the rolling recording (SPEC §11, −30 … +60 s around an alarm or AI event): the
 * recording's playlist gives each segment's wall-clock start; a clip takes every segment that overlaps its window,
 * whole (segments are cut at key frames, so a clip starts a little before {@code from} and ends a little after
 * {@code to}), renamed in order, with a VOD playlist naming them.
 */
final class ClipCut {

    /** A segment of the recording: its file, its wall-clock start and its length. */
    record Segment(String file, Instant start, Duration length) {
        Instant end() {
            return start.plus(length);
        }
    }

    private static final DateTimeFormatter FFMPEG_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT);

    private ClipCut() {
    }

    /** The segments a recording playlist names, with their starts; a segment without a start is left out. */
    static List<Segment> segments(String playlist) {
        List<Segment> segments = new ArrayList<>();
        Duration length = null;
        Instant start = null;
        for (String raw : playlist.lines().toList()) {
            String line = raw.strip();
            if (line.startsWith("#EXTINF:")) {
                String value = line.substring("#EXTINF:".length());
                int comma = value.indexOf(',');
                length = seconds(comma < 0 ? value : value.substring(0, comma));
            } else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                start = time(line.substring("#EXT-X-PROGRAM-DATE-TIME:".length()));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (start != null && length != null) {
                    segments.add(new Segment(line, start, length));
                    start = start.plus(length);
                }
                length = null;
            }
        }
        return segments;
    }

    /** The segments overlapping {@code [from, to]}, in order. */
    static List<Segment> covering(List<Segment> segments, Instant from, Instant to) {
        return segments.stream().filter(s -> s.start().isBefore(to) && s.end().isAfter(from)).toList();
    }

    /** The name of the clip's {@code index}-th segment on the platform. */
    static String clipFile(int index) {
        return String.format(Locale.ROOT, "c%04d.ts", index);
    }

    /** The VOD playlist of a clip made of {@code segments}, named {@link #clipFile} in order. */
    static String vodPlaylist(List<Segment> segments) {
        long target = Math.max(1, segments.stream().mapToLong(s -> (s.length().toMillis() + 999) / 1000).max()
                .orElse(1));
        StringBuilder out = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + target
                + "\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n");
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i == 0) {
                out.append("#EXT-X-PROGRAM-DATE-TIME:").append(DateTimeFormatter.ISO_INSTANT.format(s.start()))
                        .append('\n');
            }
            out.append(String.format(Locale.ROOT, "#EXTINF:%.3f,\n", s.length().toMillis() / 1000.0))
                    .append(clipFile(i)).append('\n');
        }
        return out.append("#EXT-X-ENDLIST\n").toString();
    }

    private static Duration seconds(String text) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(text.strip()) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text.strip(), FFMPEG_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
