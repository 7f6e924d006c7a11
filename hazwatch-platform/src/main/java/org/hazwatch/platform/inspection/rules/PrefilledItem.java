package org.hazwatch.platform.inspection.rules;

/** One item of a patrol as the platform pre-fills it, with the evidence (zh-CN) the inspector sees. */
public record PrefilledItem(PatrolItem item, PatrolResult result, String evidence) {
}
