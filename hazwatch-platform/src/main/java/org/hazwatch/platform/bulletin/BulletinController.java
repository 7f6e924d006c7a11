package org.hazwatch.platform.bulletin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bulletin API (信息通报): issue one, the archive, its PDF and workbook (SPEC §9; docs/BULLETINS.md). */
@RestController
class BulletinController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Bulletins bulletins;

    BulletinController(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    @PostMapping("/api/v1/bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    BulletinView issue(Actor actor, @RequestBody NewBulletin request) {
        return bulletins.issue(actor, request);
    }

    @GetMapping("/api/v1/bulletins")
    List<BulletinView> list(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return bulletins.list(actor, jurisdiction);
    }

    @GetMapping("/api/v1/bulletins/{id}.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id) {
        return download(bulletins.document(actor, id, "pdf"), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/api/v1/bulletins/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable UUID id) {
        return download(bulletins.document(actor, id, "xlsx"), XLSX);
    }

    @GetMapping("/api/v1/bulletins/{id}")
    BulletinView one(Actor actor, @PathVariable UUID id) {
        return bulletins.one(actor, id);
    }

    private static ResponseEntity<byte[]> download(Bulletins.Document document, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(document.bytes());
    }
}
