package org.hazwatch.platform.support;

/**
 * One thing wrong with a request: where ({@code field} — a JSON path such as
 * {@code hazardSources[0].equipment[1].code}, or {@code 储罐!B7} for a workbook cell) and why.
 */
public record Problem(String field, String reason) {
}
