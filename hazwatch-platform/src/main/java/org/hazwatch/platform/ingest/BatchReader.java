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
import tools.jackson.databind.JsonNode;

/**
 * Reads a batch body strictly: every reading needs a point code, a time with its offset, a numeric value and a
 * quality. A body with any such fault is malformed (400 listing every fault, nothing stored); the field is named
 * by its path, e.g. {@code readings[3].time}. Over {@link WireContract#MAX_READINGS} readings is too large (413).
 */
final class BatchReader {

    private BatchReader() {
    }

    static ReadingBatch read(byte[] body) {
        JsonNode root = tree(body);
        List<Problem> problems = new ArrayList<>();
        String enterpriseCode = text(root, "enterpriseCode", "enterpriseCode", problems);
        String gatewayCode = text(root, "gatewayCode", "gatewayCode", problems);
        JsonNode readings = root.get("readings");
        if (readings == null || !readings.isArray()) {
            problems.add(new Problem("readings", "an array of readings is required"));
            throw new InvalidInputException(problems);
        }
        if (readings.size() > WireContract.MAX_READINGS) {
            throw IngestRefusedException.tooLarge("readings", readings.size() + " readings; at most "
                    + WireContract.MAX_READINGS + " in one request");
        }
        List<Reading> parsed = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            parsed.add(reading(readings.get(i), "readings[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        JsonNode batchId = root.get("batchId");
        return new ReadingBatch(enterpriseCode, gatewayCode, batchId == null ? null : batchId.asString(), parsed);
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

    private static Reading reading(JsonNode node, String path, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(path, "a reading object is required"));
            return null;
        }
        String pointCode = text(node, "pointCode", path + ".pointCode", problems);
        OffsetDateTime time = time(node, path + ".time", problems);
        JsonNode value = node.get("value");
        if (value == null || !value.isNumber()) {
            problems.add(new Problem(path + ".value", "a number is required"));
        }
        Quality quality = quality(node, path + ".quality", problems);
        return value == null || !value.isNumber() ? null
                : new Reading(pointCode, time, value.doubleValue(), quality);
    }

    private static String text(JsonNode node, String name, String path, List<Problem> problems) {
        JsonNode field = node.get(name);
        if (field == null || !field.isString() || field.stringValue().isBlank()) {
            problems.add(new Problem(path, "a non-empty string is required"));
            return null;
        }
        return field.stringValue();
    }

    private static OffsetDateTime time(JsonNode node, String path, List<Problem> problems) {
        String text = text(node, "time", path, problems);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, "an ISO-8601 time with offset is required, e.g. 2026-11-30T08:00:00.000+08:00"));
            return null;
        }
    }

    private static Quality quality(JsonNode node, String path, List<Problem> problems) {
        String text = text(node, "quality", path, problems);
        if (text == null) {
            return null;
        }
        try {
            return Quality.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(path, "one of " + Arrays.toString(Quality.values())));
            return null;
        }
    }
}
