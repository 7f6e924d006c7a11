package org.hazwatch.platform.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes base-data documents as JSON; the export leaves absent values out, as an import would. */
@Component
class BaseDataJson {

    private final JsonMapper mapper;

    BaseDataJson(JsonMapper mapper) {
        this.mapper = mapper.rebuild()
                .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** @throws InvalidInputException at the JSON path where the document stops making sense */
    BaseDataDocument read(byte[] document) {
        try {
            return mapper.readValue(document, BaseDataDocument.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of(path(e), e.getOriginalMessage());
        }
    }

    byte[] write(BaseDataDocument document) {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
