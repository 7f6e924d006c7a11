package org.hazwatch.platform.access.rules;

/**
 * A line of the access table: a jurisdiction beneath the one shown (drillable) or the enterprises registered at
 * the shown node itself (not drillable, code null).
 */
public record AccessRow(String code, String name, boolean drillable, AccessFigures figures) {
}
