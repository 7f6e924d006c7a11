package org.hazwatch.protocol;

/** One reading the platform refused: its index in the batch, the field at fault and why (SPEC §10). */
public record RejectedReading(int index, String field, String reason) {
}
