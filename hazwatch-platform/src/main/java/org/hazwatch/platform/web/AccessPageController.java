package org.hazwatch.platform.web;

import java.nio.charset.StandardCharsets;
import org.hazwatch.platform.access.AccessProgress;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Access progress (接入进度) in the browser: the node's figures, a line per child node to drill into, the
 * major-hazard enterprises not yet connected, and the Excel export. A node the actor does not see is a 404;
 * enterprise users get 403.
 */
@Controller
class AccessPageController {

    private final AccessProgress progress;

    AccessPageController(AccessProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/access")
    String page(Actor actor, @RequestParam(required = false) String jurisdiction, Model model) {
        model.addAttribute("report", progress.report(actor, jurisdiction));
        return "access";
    }

    @GetMapping("/access/export.xlsx")
    ResponseEntity<byte[]> export(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return ResponseEntity.ok().contentType(RegistryPageController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("接入进度.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(progress.workbook(actor, jurisdiction));
    }
}
