package org.hazwatch.platform.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Base data as the provincial Excel templates lay it out: one sheet per table. */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "registry")
class RegistryWorkbookController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Registry registry;
    private final RegistryReads reads;

    RegistryWorkbookController(Registry registry, RegistryReads reads) {
        this.registry = registry;
        this.reads = reads;
    }

    @GetMapping("/enterprises/{code}/export.xlsx")
    @Operation(summary = "The enterprise's base data as a workbook (企业基本信息, 重大危险源, … 包保责任人)")
    ResponseEntity<byte[]> export(Actor actor, @PathVariable String code) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, RegistryController.attachment(code + ".xlsx"))
                .body(WorkbookWriter.write(reads.document(actor, code)));
    }

    @PostMapping(path = "/import.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a workbook; every problem is reported at its cell (监测点位!K7) and nothing is "
            + "stored then")
    ImportReport importWorkbook(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        return registry.importWorkbook(actor, file.getBytes());
    }
}
