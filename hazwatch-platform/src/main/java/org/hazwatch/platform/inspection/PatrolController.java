package org.hazwatch.platform.inspection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PrefilledItem;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.InvalidInputException;
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
import org.springframework.web.multipart.MultipartFile;

/** The patrol API (巡查抽查): today's list, records, snapshots, spot-check lists, compliance. */
@RestController
class PatrolController {

    private final Patrols patrols;

    PatrolController(Patrols patrols) {
        this.patrols = patrols;
    }

    @GetMapping("/api/v1/patrols/today")
    TodaysPatrol today(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return patrols.today(actor, jurisdiction);
    }

    @GetMapping("/api/v1/patrols/prefill")
    List<PrefilledItem> prefill(Actor actor, @RequestParam String enterprise) {
        return patrols.prefilled(actor, enterprise);
    }

    @PostMapping("/api/v1/patrols")
    @ResponseStatus(HttpStatus.CREATED)
    PatrolRecordView record(Actor actor, @RequestBody Patrols.NewPatrol body) {
        return patrols.record(actor, body);
    }

    @GetMapping("/api/v1/patrols")
    List<PatrolRecordView> ofDay(Actor actor, @RequestParam(required = false) String jurisdiction,
                                 @RequestParam(required = false) LocalDate day) {
        return patrols.ofDay(actor, jurisdiction, day == null ? patrols.today() : day);
    }

    @GetMapping("/api/v1/patrols/{id}")
    PatrolRecordView one(Actor actor, @PathVariable UUID id) {
        return patrols.one(actor, id);
    }

    /** Multipart {@code file} (one or more): JPEG, PNG or PDF, each at most 10 MiB. */
    @PostMapping(path = "/api/v1/patrols/{id}/snapshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PatrolRecordView snapshots(Actor actor, @PathVariable UUID id, @RequestParam("file") List<MultipartFile> files)
            throws IOException {
        if (files.isEmpty()) {
            throw InvalidInputException.of("file", "at least one file");
        }
        PatrolRecordView view = null;
        for (MultipartFile f : files) {
            view = patrols.addSnapshot(actor, id, f.getOriginalFilename(), f.getBytes());
        }
        return view;
    }

    @GetMapping("/api/v1/patrols/{id}/snapshots/{attachment}")
    ResponseEntity<byte[]> snapshot(Actor actor, @PathVariable UUID id, @PathVariable String attachment) {
        Attachments.Content content = patrols.snapshot(actor, id, attachment);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType())).body(content.bytes());
    }

    @GetMapping("/api/v1/patrols/spot-checks")
    List<String> spotChecks(Actor actor, @RequestParam(required = false) String jurisdiction,
                            @RequestParam(required = false) LocalDate day) {
        return patrols.spotCheckList(actor, jurisdiction, day);
    }

    @GetMapping("/api/v1/patrols/compliance")
    ComplianceView compliance(Actor actor, @RequestParam(required = false) String jurisdiction,
                              @RequestParam(required = false) LocalDate day) {
        return patrols.compliance(actor, jurisdiction, day);
    }

}
