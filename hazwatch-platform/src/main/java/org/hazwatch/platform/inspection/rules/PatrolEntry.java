package org.hazwatch.platform.inspection.rules;

/** An item as the inspector records it: the result and a note (both as sent; checked by {@link PatrolChecks}). */
public record PatrolEntry(PatrolItem item, PatrolResult result, String note) {
}
