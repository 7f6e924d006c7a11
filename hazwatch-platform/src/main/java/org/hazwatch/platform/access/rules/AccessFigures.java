package org.hazwatch.platform.access.rules;

import java.util.Collection;

/** The figures of a set of enterprises: registered, connected (ever heard), online now, never connected. */
public record AccessFigures(int enterprises, int enterprisesConnected, int enterprisesOnline,
                            int enterprisesNeverConnected, int majorHazardEnterprises,
                            int majorHazardNeverConnected, int points, int pointsConnected, int pointsOnline,
                            int pointsNeverConnected) {

    public static AccessFigures of(Collection<EnterpriseAccess> enterprises) {
        int connected = 0;
        int online = 0;
        int major = 0;
        int majorNever = 0;
        int points = 0;
        int pointsConnected = 0;
        int pointsOnline = 0;
        for (EnterpriseAccess e : enterprises) {
            connected += e.connected() ? 1 : 0;
            online += e.online() ? 1 : 0;
            major += e.majorHazard() ? 1 : 0;
            majorNever += e.majorHazard() && !e.connected() ? 1 : 0;
            points += e.points();
            pointsConnected += e.pointsConnected();
            pointsOnline += e.pointsOnline();
        }
        return new AccessFigures(enterprises.size(), connected, online, enterprises.size() - connected, major,
                majorNever, points, pointsConnected, pointsOnline, points - pointsConnected);
    }

    /** Connected enterprises / registered enterprises, 0 when there are none. */
    public double connectedRate() {
        return enterprises == 0 ? 0 : (double) enterprisesConnected / enterprises;
    }

    /** Online points / registered points, 0 when there are none. */
    public double pointsOnlineRate() {
        return points == 0 ? 0 : (double) pointsOnline / points;
    }
}
