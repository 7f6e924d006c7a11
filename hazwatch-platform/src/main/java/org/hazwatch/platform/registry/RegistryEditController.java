package org.hazwatch.platform.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing single objects of the base data (单项编辑) and the empty workbook. Every edit takes the import's path
 * (same checks, events and access rules); a problem is a 400 naming the object's own field and nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "registry")
class RegistryEditController {

    private final Registry registry;

    RegistryEditController(Registry registry) {
        this.registry = registry;
    }

    @PutMapping("/points/{code}")
    @Operation(summary = "Replace one point's fields (its code stays); checked as the import checks it")
    ImportReport point(Actor actor, @PathVariable String code, @RequestBody BaseDataDocument.Point point) {
        return registry.editPoint(actor, code, point);
    }

    @PutMapping("/equipment/{code}")
    @Operation(summary = "Replace one equipment's fields and storage media (its points stay)")
    ImportReport equipment(Actor actor, @PathVariable String code, @RequestBody BaseDataDocument.Equipment body) {
        return registry.editEquipment(actor, code, body);
    }

    @PutMapping("/hazard-sources/{code}")
    @Operation(summary = "Replace one hazard source's fields, chemicals and custody persons (its equipment stays)")
    ImportReport hazardSource(Actor actor, @PathVariable String code,
                              @RequestBody BaseDataDocument.HazardSource body) {
        return registry.editHazardSource(actor, code, body);
    }

    @PutMapping("/cameras/{code}")
    @Operation(summary = "Replace one camera's fields")
    ImportReport camera(Actor actor, @PathVariable String code, @RequestBody BaseDataDocument.Camera body) {
        return registry.editCamera(actor, code, body);
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The empty base-data workbook (every sheet with its column headers)")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(RegistryWorkbookController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, RegistryController.attachment("基础数据模板.xlsx"))
                .body(registry.workbookTemplate());
    }
}
