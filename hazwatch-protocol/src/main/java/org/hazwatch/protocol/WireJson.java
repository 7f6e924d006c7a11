package org.hazwatch.protocol;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one JSON codec of the wire (SPEC §10), shared by gateway, simulator and platform so that all three read and
 * write the same text: times as ISO-8601 with millisecond precision and their own offset
 * ({@code 2026-11-30T08:00:00.000+08:00}), read back without shifting them to UTC; properties a newer peer adds are
 * ignored. Encoding and decoding failures are Jackson's unchecked {@code JacksonException}.
 */
public final class WireJson {

    private static final DateTimeFormatter MILLIS_WITH_OFFSET =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .addModule(new SimpleModule("hazwatch-wire").addSerializer(OffsetDateTime.class, new TimeSerializer()))
            .build();

    private WireJson() {
    }

    /** The configured mapper, for callers that stream or bind through a framework. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] encode(Object message) {
        return MAPPER.writeValueAsBytes(message);
    }

    public static <T> T decode(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    private static final class TimeSerializer extends ValueSerializer<OffsetDateTime> {
        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(MILLIS_WITH_OFFSET.format(value));
        }
    }
}
