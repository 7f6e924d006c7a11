package org.hazwatch.platform.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a batch body strictly: every reading needs a point code, a time with its offset, a numeric value and a
 * quality. A body with any such fault is malformed (400 listing every fault, nothing stored); the field is named
 * by its path, e.g. {@code readings[3].time}. Over {@link WireContract#MAX_READINGS} readings is too large (413).
 * The body is read as a stream of tokens, straight into the records, since a tree of 10,000 readings would cost
 * more than everything else the platform does with them. What repeats from reading to reading is not made again
 * (issue 17, 100-reading batches at 500 a second): a point code of the sender's enterprise is the registry's own
 * string ({@link RegisteredCodes}), a time spelled as the reading before's is that reading's time, a quality is
 * its constant; only what is new or wrong is turned into a string.
 */
final class BatchReader {

    private BatchReader() {
    }

    static ReadingBatch read(byte[] body) {
        return read(body, RegisteredCodes.NONE);
    }

    /** Reads the body; the readings' point codes found among {@code codes} are those very strings. */
    static ReadingBatch read(byte[] body, RegisteredCodes codes) {
        try (JsonParser parser = WireJson.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InvalidInputException.of("body", "a JSON object is required");
            }
            Envelope envelope = new Envelope(body.length, new Repeats(codes));
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                envelope.field(parser.currentName(), parser);
            }
            if (parser.nextToken() != null) {
                throw InvalidInputException.of("body", "not valid JSON: content after the object");
            }
            return envelope.batch();
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    static JsonNode tree(byte[] body) {
        try {
            JsonNode root = WireJson.mapper().readTree(body);
            if (root == null || !root.isObject()) {
                throw InvalidInputException.of("body", "a JSON object is required");
            }
            return root;
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The batch's own fields, and its readings with every fault found in them. */
    private static final class Envelope {
        private String enterpriseCode;
        private String gatewayCode;
        private String batchId;
        private boolean readingsSeen;
        private List<Reading> readings;
        private int count;
        private final List<Problem> problems = new ArrayList<>();
        private final int expectedReadings;
        private final Repeats repeats;

        /** A reading takes some 100 bytes of JSON: the list is sized once instead of grown a dozen times. */
        Envelope(int bodyBytes, Repeats repeats) {
            this.expectedReadings = Math.min(WireContract.MAX_READINGS, bodyBytes / 90 + 1);
            this.repeats = repeats;
        }

        void field(String name, JsonParser parser) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "enterpriseCode" -> enterpriseCode = nonEmpty(parser, value);
                case "gatewayCode" -> gatewayCode = nonEmpty(parser, value);
                case "batchId" -> batchId = value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                case "readings" -> readings(parser, value);
                default -> parser.skipChildren();
            }
        }

        private void readings(JsonParser parser, JsonToken value) {
            readingsSeen = true;
            problems.clear();
            count = 0;
            if (value != JsonToken.START_ARRAY) {
                readings = null;
                parser.skipChildren();
                return;
            }
            readings = new ArrayList<>(expectedReadings);
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (++count > WireContract.MAX_READINGS) {
                    parser.skipChildren();
                } else {
                    readings.add(reading(parser, token, count - 1, problems, repeats));
                }
            }
        }

        ReadingBatch batch() {
            List<Problem> all = new ArrayList<>();
            String enterprise = text(enterpriseCode, "enterpriseCode", all);
            String gateway = text(gatewayCode, "gatewayCode", all);
            if (!readingsSeen || readings == null) {
                all.add(new Problem("readings", "an array of readings is required"));
                throw new InvalidInputException(all);
            }
            if (count > WireContract.MAX_READINGS) {
                throw IngestRefusedException.tooLarge("readings", count + " readings; at most "
                        + WireContract.MAX_READINGS + " in one request");
            }
            all.addAll(problems);
            if (!all.isEmpty()) {
                throw new InvalidInputException(all);
            }
            return new ReadingBatch(enterprise, gateway, batchId, readings);
        }
    }

    /**
     * What a body repeats from reading to reading, recognised in the parser's characters before any string is
     * made: the enterprise's point codes, the time of the reading before (a gateway stamps a scan's readings
     * alike), the qualities. Belongs to one body.
     */
    private static final class Repeats {
        private static final Quality[] QUALITIES = Quality.values();

        private final RegisteredCodes codes;
        private char[] lastTime = new char[0];
        private OffsetDateTime lastAt;

        Repeats(RegisteredCodes codes) {
            this.codes = codes;
        }

        /** The registered code the current string token spells, or null. */
        String code(JsonParser parser) {
            return codes.find(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        }

        /** The time of the reading before if the current string token spells it again, or null. */
        OffsetDateTime time(JsonParser parser) {
            int from = parser.getStringOffset();
            int length = parser.getStringLength();
            return lastAt != null && Arrays.equals(parser.getStringCharacters(), from, from + length, lastTime, 0,
                    lastTime.length) ? lastAt : null;
        }

        /** A time read from its text; the next reading that spells it alike gets the same value. */
        void parsed(String text, OffsetDateTime at) {
            if (text != null && at != null) {
                lastTime = text.toCharArray();
                lastAt = at;
            }
        }

        /** The quality the current string token names exactly, or null. */
        static Quality quality(JsonParser parser) {
            char[] chars = parser.getStringCharacters();
            int from = parser.getStringOffset();
            int length = parser.getStringLength();
            for (Quality q : QUALITIES) {
                if (RegisteredCodes.spells(q.name(), chars, from, length)) {
                    return q;
                }
            }
            return null;
        }
    }

    private static Reading reading(JsonParser parser, JsonToken start, int index, List<Problem> problems,
                                   Repeats repeats) {
        if (start != JsonToken.START_OBJECT) {
            parser.skipChildren();
            problems.add(new Problem("readings[" + index + "]", "a reading object is required"));
            return null;
        }
        String pointCode = null;
        OffsetDateTime at = null;
        String time = null;
        boolean numeric = false;
        double value = 0;
        Quality q = null;
        String quality = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "pointCode" -> {
                    pointCode = token == JsonToken.VALUE_STRING ? repeats.code(parser) : null;
                    pointCode = pointCode != null ? pointCode : nonEmpty(parser, token);
                }
                case "time" -> {
                    at = token == JsonToken.VALUE_STRING ? repeats.time(parser) : null;
                    time = at != null ? null : nonEmpty(parser, token);
                }
                case "value" -> {
                    numeric = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
                    value = numeric ? parser.getDoubleValue() : 0;
                    if (!numeric) {
                        parser.skipChildren();
                    }
                }
                case "quality" -> {
                    q = token == JsonToken.VALUE_STRING ? Repeats.quality(parser) : null;
                    quality = q != null ? null : nonEmpty(parser, token);
                }
                default -> parser.skipChildren();
            }
        }
        text(pointCode, index, "pointCode", problems);
        if (at == null) {
            at = time(text(time, index, "time", problems), index, problems);
            repeats.parsed(time, at);
        }
        if (!numeric) {
            problems.add(new Problem(path(index, "value"), "a number is required"));
        }
        if (q == null) {
            q = quality(text(quality, index, "quality", problems), index, problems);
        }
        return numeric ? new Reading(pointCode, at, value, q) : null;
    }

    /** The string of a non-empty string token, else null (anything else is skipped). */
    private static String nonEmpty(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            return null;
        }
        String text = parser.getString();
        return text.isBlank() ? null : text;
    }

    private static String text(String field, String path, List<Problem> problems) {
        if (field == null) {
            problems.add(new Problem(path, "a non-empty string is required"));
        }
        return field;
    }

    private static String text(String field, int index, String name, List<Problem> problems) {
        return field != null ? field : text(null, path(index, name), problems);
    }

    /** Built only for a fault: a path per reading would cost more than reading it. */
    private static String path(int index, String field) {
        return "readings[" + index + "]." + field;
    }

    private static OffsetDateTime time(String text, int index, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return WireTimes.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path(index, "time"),
                    "an ISO-8601 time with offset is required, e.g. 2026-11-30T08:00:00.000+08:00"));
            return null;
        }
    }

    private static Quality quality(String text, int index, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Quality.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(path(index, "quality"), "one of " + Arrays.toString(Quality.values())));
            return null;
        }
    }
}
