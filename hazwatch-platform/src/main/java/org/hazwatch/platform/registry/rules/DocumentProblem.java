package org.hazwatch.platform.registry.rules;

/** One thing wrong with a base-data document: where (a JSON path such as {@code hazardSources[0].name}) and why. */
public record DocumentProblem(String path, String reason) {
}
