package org.hazwatch.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.video.CameraView;
import org.hazwatch.platform.video.Clips;
import org.hazwatch.platform.video.Video;
import org.hazwatch.platform.video.VideoEventView;
import org.hazwatch.platform.video.rules.VideoEventType;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 视频 (SPEC §11): the AI-analysis events of the enterprises the person sees, newest first with their snapshots as
 * thumbnails, by enterprise and type; with one enterprise chosen (an enterprise's own people always), its cameras
 * and whether each is online. Everything through {@link Video}, scoped; another jurisdiction's enterprise is 404.
 */
@Controller
class VideoPageController {

    private static final int LIST_SIZE = 100;

    private final Video video;
    private final Jurisdictions jurisdictions;
    private final Registry registry;
    private final Clips clips;

    VideoPageController(Video video, Jurisdictions jurisdictions, Registry registry, Clips clips) {
        this.clips = clips;
        this.video = video;
        this.jurisdictions = jurisdictions;
        this.registry = registry;
    }

    @GetMapping("/video")
    String page(Actor actor, @RequestParam(required = false) String jurisdiction,
                @RequestParam(required = false) String enterprise, @RequestParam(required = false) String type,
                Model model) {
        String chosen = actor.role().isEnterprise() ? actor.enterpriseCode()
                : enterprise == null || enterprise.isBlank() ? null : enterprise;
        VideoEventType kind = type == null ? null : VideoEventType.parse(type).orElse(null);
        List<CameraView> cameras = chosen == null ? List.of() : video.cameras(actor, chosen);
        List<VideoEventView> events = video.events(jurisdictions.scope(actor, jurisdiction), chosen, kind, null, null,
                LIST_SIZE);
        Map<String, String> names = new LinkedHashMap<>();
        events.forEach(e -> names.computeIfAbsent(e.enterpriseCode(), this::name));
        if (chosen != null) {
            names.computeIfAbsent(chosen, this::name);
        }
        model.addAttribute("enterprise", chosen);
        model.addAttribute("type", kind == null ? null : kind.name());
        model.addAttribute("types", VideoEventType.values());
        model.addAttribute("cameras", cameras);
        model.addAttribute("online", cameras.stream().filter(CameraView::online).count());
        model.addAttribute("events", events);
        model.addAttribute("names", names);
        model.addAttribute("clips", clips.forEvents(events));
        return "video/page";
    }

    /** An event's snapshot for the page's thumbnails, after the event's own scope check (404 otherwise). */
    @GetMapping("/video/events/{id}/snapshot")
    ResponseEntity<byte[]> snapshot(Actor actor, @PathVariable long id) {
        Attachments.Content content = video.snapshot(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    private String name(String code) {
        return registry.enterprise(code).map(RegisteredEnterprise::name).orElse(code);
    }
}
