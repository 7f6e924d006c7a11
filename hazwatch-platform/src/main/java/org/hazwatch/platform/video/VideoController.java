package org.hazwatch.platform.video;

import java.time.OffsetDateTime;
import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.platform.video.rules.VideoEventType;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The video API: an enterprise's cameras, AI events and their snapshots (scoped to the caller's jurisdiction). */
@RestController
class VideoController {

    private final Video video;
    private final Jurisdictions jurisdictions;

    VideoController(Video video, Jurisdictions jurisdictions) {
        this.video = video;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/api/v1/enterprises/{code}/cameras")
    List<CameraView> cameras(Actor actor, @PathVariable String code) {
        return video.cameras(actor, code);
    }

    /** {@code type}: one of the AI event types; {@code from}/{@code to}: ISO-8601 with offset, {@code [from, to)}. */
    @GetMapping("/api/v1/video/events")
    List<VideoEventView> events(Actor actor, @RequestParam(required = false) String jurisdiction,
                                @RequestParam(required = false) String enterprise,
                                @RequestParam(required = false) String type,
                                @RequestParam(required = false) OffsetDateTime from,
                                @RequestParam(required = false) OffsetDateTime to,
                                @RequestParam(defaultValue = "200") int limit) {
        List<Problem> problems = new java.util.ArrayList<>();
        VideoEventType kind = null;
        if (type != null && !type.isBlank()) {
            kind = VideoEventType.parse(type).orElse(null);
            if (kind == null) {
                problems.add(new Problem("type", "one of " + VideoEventType.names()));
            }
        }
        if (limit < 1 || limit > 2000) {
            problems.add(new Problem("limit", "1 to 2000"));
        }
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(new Problem("to", "must be after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return video.events(jurisdictions.scope(actor, jurisdiction), enterprise == null || enterprise.isBlank()
                ? null : enterprise, kind, from == null ? null : from.toInstant(), to == null ? null : to.toInstant(),
                limit);
    }

    @GetMapping("/api/v1/video/events/{id}/snapshot")
    ResponseEntity<byte[]> snapshot(Actor actor, @PathVariable long id) {
        Attachments.Content content = video.snapshot(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(content.bytes());
    }
}
