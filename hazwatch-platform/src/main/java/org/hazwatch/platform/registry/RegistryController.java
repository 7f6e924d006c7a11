package org.hazwatch.platform.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads of the registry, scoped to the caller's jurisdiction: anything outside it answers 404. */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "registry", description = "基础数据: enterprises, hazard sources, equipment, points, gateways")
class RegistryController {

    static final int MAX_PAGE_SIZE = 500;

    private final RegistryReads reads;
    private final BaseDataJson json;

    RegistryController(RegistryReads reads, BaseDataJson json) {
        this.reads = reads;
        this.json = json;
    }

    @GetMapping("/enterprises")
    @Operation(summary = "Enterprises the caller sees, by code; optionally only those at or under a jurisdiction")
    Page<RegisteredEnterprise> enterprises(Actor actor, @RequestParam(required = false) String jurisdiction,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "50") int size) {
        return reads.enterprises(actor, jurisdiction, Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }

    /** One enterprise with its graded hazard sources and its whole base-data tree. */
    record EnterpriseTree(RegisteredEnterprise enterprise, List<HazardSourceView> hazardSources,
                          BaseDataDocument baseData) {
    }

    @GetMapping("/enterprises/{code}")
    @Operation(summary = "One enterprise with its hazard sources (graded) and everything beneath them")
    EnterpriseTree enterprise(Actor actor, @PathVariable String code) {
        return new EnterpriseTree(reads.enterprise(actor, code), reads.hazardSources(actor, code),
                reads.document(actor, code));
    }

    @GetMapping("/enterprises/{code}/hazard-sources")
    @Operation(summary = "The enterprise's major hazard sources with their GB 18218 levels")
    List<HazardSourceView> hazardSources(Actor actor, @PathVariable String code) {
        return reads.hazardSources(actor, code);
    }

    @GetMapping("/enterprises/{code}/points")
    @Operation(summary = "The enterprise's monitoring points with range, limits, deadband and delays")
    List<PointDefinition> points(Actor actor, @PathVariable String code) {
        return reads.points(actor, code);
    }

    @GetMapping("/enterprises/{code}/export")
    @Operation(summary = "The enterprise's base data in the import shape (gateway secrets never included)")
    ResponseEntity<byte[]> export(Actor actor, @PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(code + ".json"))
                .body(json.write(reads.document(actor, code)));
    }

    @GetMapping("/hazard-sources/{code}/grading")
    @Operation(summary = "GB 18218-2018 grading with its working: S, R, α, level and each chemical's q, Q, β")
    GradingView grading(Actor actor, @PathVariable String code) {
        return reads.grading(actor, code);
    }

    /** @param level 1 (一级) … 4 (四级), or null to clear it */
    record OfficialLevel(Integer level) {
    }

    @PutMapping("/hazard-sources/{code}/official-level")
    @Operation(summary = "Record (or clear with null) the level a regulator officially assigned; regulators only")
    HazardSourceView officialLevel(Actor actor, @PathVariable String code, @RequestBody OfficialLevel body) {
        return reads.recordOfficialLevel(actor, code, body.level());
    }

    static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
