package org.hazwatch.platform.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Access progress (接入进度) of a jurisdiction the caller sees (404 otherwise; 403 for enterprise users). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "access", description = "接入进度: enterprises and points registered, connected, online, never connected")
class AccessController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AccessProgress progress;

    AccessController(AccessProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/access")
    @Operation(summary = "Per child jurisdiction: enterprises and points registered / connected / online / never "
            + "connected, and the major-hazard enterprises not connected; default the caller's own node")
    AccessReport report(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return progress.report(actor, jurisdiction);
    }

    @GetMapping("/access.xlsx")
    @Operation(summary = "The same as a workbook (接入进度, 重大危险源企业未接入, 企业明细)")
    ResponseEntity<byte[]> workbook(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("接入进度.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(progress.workbook(actor, jurisdiction));
    }
}
