package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.video.ClipView;
import org.hazwatch.platform.video.Clips;
import org.hazwatch.platform.video.StorageUse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Event clips in the console (SPEC §11): a clip's player page (hls.js, VOD), reached from the alarm list and the AI
 * event list; and 视频存储, each enterprise's clips, bytes, share of its quota and oldest clip. Scoped: another
 * jurisdiction's clip is 404.
 */
@Controller
class ClipPageController {

    private final Clips clips;
    private final Registry registry;
    private final Jurisdictions jurisdictions;

    ClipPageController(Clips clips, Registry registry, Jurisdictions jurisdictions) {
        this.clips = clips;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/video/clips/{id}")
    String clip(Actor actor, @PathVariable String id, Model model) {
        java.util.UUID uuid;
        try {
            uuid = java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("clip", id);
        }
        ClipView clip = clips.one(actor, uuid, "/video/clips/");
        model.addAttribute("clip", clip);
        model.addAttribute("enterpriseName", registry.enterprise(clip.enterpriseCode())
                .map(RegisteredEnterprise::name).orElse(clip.enterpriseCode()));
        return "video/clip";
    }

    @GetMapping("/video/storage")
    String storage(Actor actor, @RequestParam(required = false) String jurisdiction, Model model) {
        String under = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
        List<StorageUse> rows = clips.storage(actor, jurisdictions.scope(actor, under), under);
        model.addAttribute("rows", rows);
        model.addAttribute("totalBytes", rows.stream().mapToLong(StorageUse::bytes).sum());
        model.addAttribute("totalClips", rows.stream().mapToInt(StorageUse::clips).sum());
        model.addAttribute("quota", rows.isEmpty() ? 0 : rows.get(0).quota());
        return "video/storage";
    }
}
