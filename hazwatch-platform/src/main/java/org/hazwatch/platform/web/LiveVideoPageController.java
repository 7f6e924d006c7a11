package org.hazwatch.platform.web;

import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.video.LiveCameras;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A camera's live view (视频调阅, SPEC §11): the player page; video-live.js opens the stream and plays it. */
@Controller
class LiveVideoPageController {

    private final LiveCameras cameras;

    LiveVideoPageController(LiveCameras cameras) {
        this.cameras = cameras;
    }

    @GetMapping("/video/live/{code}")
    String live(Actor actor, @PathVariable String code, Model model) {
        model.addAttribute("camera", cameras.visible(actor, code));
        return "video/live";
    }
}
