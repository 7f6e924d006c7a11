package org.hazwatch.platform.video;

import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.LiveVideo;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event clips for viewers (SPEC §11): a clip, the clips of an alarm or an AI event, a stored clip's VOD playlist and
 * segments (under {@code /api/v1} with a token or Basic, under {@code /video} for the console's session), and each
 * enterprise's storage. Another jurisdiction's clip answers 404, the same as a missing one.
 */
@RestController
class ClipController {

    static final String API = "/api/v1/video/clips/";

    private final Clips clips;
    private final Alarms alarms;
    private final Video video;
    private final Jurisdictions jurisdictions;

    ClipController(Clips clips, Alarms alarms, Video video, Jurisdictions jurisdictions) {
        this.clips = clips;
        this.alarms = alarms;
        this.video = video;
        this.jurisdictions = jurisdictions;
    }

    /** {@code alarm} (an alarm's id) or {@code event} (an AI event's id): the clips holding its moment. */
    @GetMapping("/api/v1/video/clips")
    List<ClipView> of(Actor actor, @RequestParam(required = false) String alarm,
                      @RequestParam(required = false) Long event) {
        if ((alarm == null) == (event == null)) {
            throw new InvalidInputException(List.of(new Problem("alarm", "give alarm or event, one of them")));
        }
        if (alarm != null) {
            UUID id = Clips.id(alarm).orElseThrow(() -> new InvalidInputException(
                    List.of(new Problem("alarm", "not an alarm id"))));
            return clips.ofAlarm(alarms.one(actor, id).orElseThrow(() -> new NotFoundException("alarm", alarm)), API);
        }
        return clips.ofEvent(video.event(actor, event), API);
    }

    @GetMapping("/api/v1/video/clips/{id}")
    ClipView one(Actor actor, @PathVariable String id) {
        return clips.one(actor, Clips.id(id).orElseThrow(() -> new NotFoundException("clip", id)), API);
    }

    @GetMapping({"/api/v1/video/clips/{id}/{file}", "/video/clips/{id}/{file}"})
    ResponseEntity<Resource> file(Actor actor, @PathVariable String id, @PathVariable String file) {
        UUID clip = Clips.id(id).orElseThrow(() -> new NotFoundException("clip", id));
        Resource content = new FileSystemResource(clips.file(actor, clip, file));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
                .contentType(LiveVideo.PLAYLIST.equals(file) ? LiveController.PLAYLIST : LiveController.SEGMENT)
                .body(content);
    }

    /** Each enterprise's clips, bytes, share of the quota and oldest clip, within the caller's jurisdiction. */
    @GetMapping("/api/v1/video/storage")
    List<StorageUse> storage(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return clips.storage(actor, jurisdictions.scope(actor, jurisdiction), jurisdiction);
    }
}
