package org.hazwatch.protocol;

import java.util.regex.Pattern;

/** The names and limits of the live-video upload (SPEC §11): signed HTTP PUTs of HLS segments and playlists. */
public final class LiveVideo {

    /** The MQTT kind of the platform's orders, {@code hazwatch/v1/<enterprise>/commands}. */
    public static final String COMMANDS = "commands";
    /** Every live camera's playlist has this name. */
    public static final String PLAYLIST = "index.m3u8";
    /** A segment's largest size: 2 s of an 8 Mbit/s camera and room to spare. */
    public static final int MAX_SEGMENT_BYTES = 16 * 1024 * 1024;
    /** The files a gateway may upload: the playlist and MPEG-TS segments, no paths. */
    public static final Pattern FILE = Pattern.compile("index\\.m3u8|[A-Za-z0-9_-]{1,64}\\.ts");

    /** A clip's id: a UUID the platform gives in its CLIP order. */
    public static final Pattern CLIP_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private LiveVideo() {
    }

    /** The HTTP path a gateway PUTs a camera's file to, e.g. {@code /api/v1/video/segments/<camera>/seg00001.ts}. */
    public static String segmentPath(String camera, String file) {
        return "/api/v1/video/segments/" + camera + "/" + file;
    }

    /**
     * The HTTP path a gateway PUTs an event clip's file to: its segments first, then {@code index.m3u8}, a VOD
     * playlist naming them, which completes the clip.
     */
    public static String clipPath(String clip, String file) {
        return "/api/v1/video/clips/" + clip + "/" + file;
    }
}
