package org.hazwatch.platform.access.rules;

/**
 * One enterprise's access state.
 *
 * @param points          registered points
 * @param pointsConnected points that ever sent a reading
 * @param pointsOnline    points heard within the offline window (SPEC §4)
 * @param connected       the enterprise was ever heard (its gateway or a point)
 * @param online          its gateway is heard now
 */
public record EnterpriseAccess(String code, String name, String jurisdictionPath, boolean majorHazard, int points,
                               int pointsConnected, int pointsOnline, boolean connected, boolean online) {
}
