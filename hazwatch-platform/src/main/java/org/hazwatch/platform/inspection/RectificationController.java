package org.hazwatch.platform.inspection;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.RectificationState;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rectification API (整改通知): issue, answer (multipart with photos, or JSON with base64 photos), accept,
 * return, list and read with the timeline; penalties and outside bulletins; the ledger.
 */
@RestController
class RectificationController {

    record Issue(String enterpriseCode, UUID patrolId, PatrolItem item, String problem, OffsetDateTime deadline) {
    }

    /** @param photos base64 of JPEG or PNG photos (the JSON variant; browsers upload multipart) */
    record Answer(String measures, List<String> photos) {
    }

    record Note(String note) {
    }

    record Detail(RectificationView order, List<RectificationStepView> timeline) {
    }

    private final Rectifications rectifications;
    private final Ledgers ledgers;
    private final Attachments attachments;

    RectificationController(Rectifications rectifications, Ledgers ledgers, Attachments attachments) {
        this.rectifications = rectifications;
        this.ledgers = ledgers;
        this.attachments = attachments;
    }

    @PostMapping("/api/v1/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    RectificationView issue(Actor actor, @RequestBody Issue body) {
        return rectifications.issue(actor, new NewRectification(body.enterpriseCode(), body.patrolId(), body.item(),
                body.problem(), body.deadline() == null ? null : body.deadline().toInstant()));
    }

    @GetMapping("/api/v1/rectifications")
    List<RectificationView> list(Actor actor, @RequestParam(required = false) RectificationState state,
                                 @RequestParam(required = false) Boolean overdue,
                                 @RequestParam(required = false) String enterprise,
                                 @RequestParam(required = false) PatrolItem item,
                                 @RequestParam(required = false) LocalDate from,
                                 @RequestParam(required = false) LocalDate to,
                                 @RequestParam(required = false) String jurisdiction,
                                 @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > Ledgers.MAX_ROWS) {
            throw InvalidInputException.of("limit", "1 to " + Ledgers.MAX_ROWS);
        }
        return rectifications.list(actor, jurisdiction,
                new RectificationFilter(state, overdue, enterprise, item, from, to), limit);
    }

    @GetMapping("/api/v1/rectifications/{id}")
    Detail one(Actor actor, @PathVariable UUID id) {
        return new Detail(rectifications.one(actor, id), rectifications.timeline(actor, id));
    }

    @PostMapping(path = "/api/v1/rectifications/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RectificationView answer(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String measures,
                             @RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
        rectifications.one(actor, id);
        return rectifications.answer(actor, id, measures, kept(attachments, photos));
    }

    @PostMapping(path = "/api/v1/rectifications/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    RectificationView answer(Actor actor, @PathVariable UUID id, @RequestBody Answer body) {
        rectifications.one(actor, id);
        List<Attachment> kept = new ArrayList<>();
        List<String> photos = body.photos() == null ? List.of() : body.photos();
        for (int i = 0; i < photos.size(); i++) {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(photos.get(i));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("photos[" + i + "]", "不是 base64");
            }
            kept.add(attachments.store("photos[" + i + "]", "photo-" + (i + 1), bytes));
        }
        return rectifications.answer(actor, id, body.measures(), kept);
    }

    @PostMapping("/api/v1/rectifications/{id}/accept")
    RectificationView accept(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Note body) {
        return rectifications.accept(actor, id, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/rectifications/{id}/return")
    RectificationView giveBack(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Note body) {
        return rectifications.returnAnswer(actor, id, body == null ? null : body.note());
    }

    /** A photo of the order's timeline, for who sees the order. */
    @GetMapping("/api/v1/rectifications/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable UUID id, @PathVariable String photo) {
        Attachments.Content content = rectifications.photo(actor, id, photo)
                .orElseThrow(() -> new NotFoundException("photo", photo));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType())).body(content.bytes());
    }

    @PostMapping("/api/v1/penalties")
    @ResponseStatus(HttpStatus.CREATED)
    PenaltyView penalty(Actor actor, @RequestBody NewPenalty body) {
        return ledgers.recordPenalty(actor, body);
    }

    @PostMapping(path = "/api/v1/outside-bulletins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    OutsideBulletinView bulletin(Actor actor, @RequestBody NewOutsideBulletin body) {
        return ledgers.recordBulletin(actor, body, null);
    }

    @PostMapping(path = "/api/v1/outside-bulletins", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    OutsideBulletinView bulletin(Actor actor, @RequestParam(required = false) String enterpriseCode,
                                 @RequestParam(required = false) String source,
                                 @RequestParam(required = false) LocalDate publishedOn,
                                 @RequestParam(required = false) String title,
                                 @RequestPart(name = "document", required = false) MultipartFile document) {
        List<Attachment> kept = kept(attachments, document == null ? null : List.of(document));
        return ledgers.recordBulletin(actor, new NewOutsideBulletin(enterpriseCode, source, publishedOn, title),
                kept.isEmpty() ? null : kept.get(0));
    }

    @GetMapping("/api/v1/outside-bulletins/{id}/document")
    ResponseEntity<byte[]> bulletinDocument(Actor actor, @PathVariable UUID id) {
        Attachments.Content content = ledgers.bulletinDocument(actor, id)
                .orElseThrow(() -> new NotFoundException("document", id.toString()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType())).body(content.bytes());
    }

    @GetMapping("/api/v1/ledger")
    LedgerView ledger(Actor actor, @RequestParam(required = false) RectificationState state,
                      @RequestParam(required = false) Boolean overdue,
                      @RequestParam(required = false) String enterprise,
                      @RequestParam(required = false) PatrolItem item,
                      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                      @RequestParam(required = false) String jurisdiction) {
        return ledgers.ledger(actor, jurisdiction, new RectificationFilter(state, overdue, enterprise, item, from,
                to));
    }

    /** Keeps the uploaded files (empty parts skipped) through {@link Attachments}, which checks what they are. */
    static List<Attachment> kept(Attachments attachments, List<MultipartFile> files) {
        List<Attachment> kept = new ArrayList<>();
        if (files == null) {
            return kept;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            try {
                kept.add(attachments.store("photos", f.getOriginalFilename(), f.getInputStream()));
            } catch (IOException e) {
                throw InvalidInputException.of("photos", "文件读取失败");
            }
        }
        return kept;
    }
}
