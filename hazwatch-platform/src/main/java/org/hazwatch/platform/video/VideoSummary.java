package org.hazwatch.platform.video;

/** How many of an enterprise's registered cameras there are and how many are online now (map, live feed, pages). */
public record VideoSummary(int cameras, int online) {

    /** Whether any registered camera is offline (or never reported). */
    public boolean anyOffline() {
        return online < cameras;
    }
}
