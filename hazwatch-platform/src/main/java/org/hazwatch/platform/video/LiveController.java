package org.hazwatch.platform.video;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.protocol.LiveVideo;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live view (视频调阅, SPEC §11) for authorised viewers: opening a camera orders its gateway to stream and answers
 * the playlist's address; the playlist fills once the gateway's segments arrive. The same endpoints answer under
 * {@code /api/v1} (token or Basic) and under {@code /video} for the console's session; each fetch of the playlist
 * counts as a viewer still watching.
 */
@RestController
class LiveController {

    static final MediaType PLAYLIST = MediaType.parseMediaType("application/vnd.apple.mpegurl");
    static final MediaType SEGMENT = MediaType.parseMediaType("video/mp2t");
    /** What a watched camera's playlist says before the gateway's first segment: live, nothing yet. */
    static final String EMPTY_PLAYLIST = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n";

    private final LiveCameras cameras;
    private final LiveStreams streams;
    private final LiveWindow window;

    LiveController(LiveCameras cameras, LiveStreams streams, LiveWindow window) {
        this.cameras = cameras;
        this.streams = streams;
        this.window = window;
    }

    @PostMapping("/api/v1/cameras/{code}/live")
    Map<String, String> openApi(Actor actor, @PathVariable String code) {
        return open(actor, code, "/api/v1/video/live/");
    }

    @PostMapping(path = "/video/live/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> openConsole(Actor actor, @PathVariable String code) {
        return open(actor, code, "/video/live/");
    }

    @GetMapping({"/api/v1/video/live/{code}/{file}", "/video/live/{code}/{file}"})
    ResponseEntity<Resource> file(Actor actor, @PathVariable String code, @PathVariable String file) {
        if (!LiveVideo.FILE.matcher(file).matches() || !cameras.sees(actor, code)) {
            throw LiveCameras.notFound(code);
        }
        if (LiveVideo.PLAYLIST.equals(file)) {
            if (!streams.viewed(code)) {
                throw LiveCameras.notFound(code);
            }
            Resource playlist = window.file(code, file).<Resource>map(FileSystemResource::new)
                    .orElseGet(() -> new ByteArrayResource(EMPTY_PLAYLIST.getBytes(StandardCharsets.US_ASCII)));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(PLAYLIST).body(playlist);
        }
        return window.file(code, file)
                .map(path -> ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(SEGMENT)
                        .<Resource>body(new FileSystemResource(path)))
                .orElseThrow(() -> LiveCameras.notFound(code + "/" + file));
    }

    private Map<String, String> open(Actor actor, String code, String base) {
        LiveCamera camera = cameras.visible(actor, code);
        streams.open(camera.code(), camera.enterpriseCode());
        return Map.of("playlistUrl", base + camera.code() + "/" + LiveVideo.PLAYLIST);
    }
}
