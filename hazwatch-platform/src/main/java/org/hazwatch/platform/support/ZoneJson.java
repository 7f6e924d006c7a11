package org.hazwatch.platform.support;

import java.util.TimeZone;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API writes times in the platform's zone ({@code hazwatch.zone}), not the server's. */
@Component
class ZoneJson implements JsonMapperBuilderCustomizer {

    private final TimeZone zone;

    ZoneJson(HazwatchProperties hazwatch) {
        this.zone = TimeZone.getTimeZone(hazwatch.zone());
    }

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.defaultTimeZone(zone);
    }
}
