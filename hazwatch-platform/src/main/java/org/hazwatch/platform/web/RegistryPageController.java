package org.hazwatch.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.ImportReport;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Base data in the browser (基础数据): upload a workbook or JSON document (every problem shown at its sheet and cell,
 * nothing stored then), the empty template and each enterprise's data as a download, the enterprises in scope
 * and each one's hazard sources, equipment, points and cameras, and a form for each single object. Everything
 * goes through {@link Registry}, so scope (404 outside it), write rights (403), checks and audit are the API's.
 */
@Controller
class RegistryPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final int PAGE_SIZE = 100;

    private final Registry registry;
    private final Jurisdictions jurisdictions;

    RegistryPageController(Registry registry, Jurisdictions jurisdictions) {
        this.registry = registry;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/registry")
    String list(Actor actor, @RequestParam(required = false) String jurisdiction,
                @RequestParam(defaultValue = "0") int page, Model model) {
        return render(actor, jurisdiction, page, model);
    }

    @PostMapping("/registry/upload")
    String upload(Actor actor, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        String name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
        model.addAttribute("uploadedName", name);
        try {
            byte[] bytes = file.getBytes();
            ImportReport report = name.toLowerCase().endsWith(".json") || (bytes.length > 0 && bytes[0] == '{')
                    ? registry.importJson(actor, bytes) : registry.importWorkbook(actor, bytes);
            model.addAttribute("report", report);
        } catch (InvalidInputException e) {
            model.addAttribute("uploadErrors", e.problems().stream().map(UploadError::of).toList());
        }
        return render(actor, null, 0, model);
    }

    @GetMapping("/registry/template.xlsx")
    ResponseEntity<byte[]> template() {
        return download(registry.workbookTemplate(), XLSX, "基础数据模板.xlsx");
    }

    @GetMapping("/registry/{code}")
    String enterprise(Actor actor, @PathVariable String code, Model model) {
        BaseDataDocument document = registry.document(actor, code);
        model.addAttribute("doc", document);
        model.addAttribute("editable", registry.mayEdit(actor, code));
        model.addAttribute("types", typeNames());
        return "registry/enterprise";
    }

    @GetMapping("/registry/{code}/export.xlsx")
    ResponseEntity<byte[]> exportWorkbook(Actor actor, @PathVariable String code) {
        return download(registry.exportWorkbook(actor, code), XLSX, code + ".xlsx");
    }

    @GetMapping("/registry/{code}/export.json")
    ResponseEntity<byte[]> exportJson(Actor actor, @PathVariable String code) {
        return download(registry.exportJson(actor, code), MediaType.APPLICATION_JSON, code + ".json");
    }

    @GetMapping("/registry/{code}/{kind}/{object}")
    String editForm(Actor actor, @PathVariable String code, @PathVariable String kind, @PathVariable String object,
                    Model model) {
        Stored stored = find(actor, code, kind, object);
        return form(actor, code, kind, object, stored, stored.values(), Map.of(), model);
    }

    @PostMapping("/registry/{code}/{kind}/{object}")
    String edit(Actor actor, @PathVariable String code, @PathVariable String kind, @PathVariable String object,
                @RequestParam Map<String, String> values, Model model) {
        Stored stored = find(actor, code, kind, object);
        RegistryForms form = new RegistryForms(values);
        try {
            switch (kind) {
                case "points" -> registry.editPoint(actor, object, form.point(object));
                case "equipment" -> registry.editEquipment(actor, object,
                        form.equipment((BaseDataDocument.Equipment) stored.object()));
                case "hazard-sources" -> registry.editHazardSource(actor, object,
                        form.hazardSource((BaseDataDocument.HazardSource) stored.object()));
                default -> registry.editCamera(actor, object, form.camera(object));
            }
            return "redirect:/registry/" + code + "?saved=" + object;
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), p.reason(), (a, b) -> a + "; " + b));
            return form(actor, code, kind, object, stored, values, errors, model);
        }
    }

    private String form(Actor actor, String code, String kind, String object, Stored stored,
                        Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("doc", registry.document(actor, code));
        model.addAttribute("kind", kind);
        model.addAttribute("object", object);
        model.addAttribute("objectName", stored.name());
        model.addAttribute("fields", stored.fields());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("editable", registry.mayEdit(actor, code));
        model.addAttribute("stored", stored.object());
        return "registry/edit";
    }

    /** The object of that kind and code in the enterprise's stored document; 404 when absent or not seen. */
    private Stored find(Actor actor, String code, String kind, String object) {
        BaseDataDocument doc = registry.document(actor, code);
        for (var h : doc.hazardSources()) {
            if (kind.equals("hazard-sources") && h.code().equals(object)) {
                return new Stored(h, h.name(), RegistryForms.HAZARD_SOURCE, RegistryForms.values(h));
            }
            for (var e : h.equipment()) {
                if (kind.equals("equipment") && e.code().equals(object)) {
                    return new Stored(e, e.name(), RegistryForms.EQUIPMENT, RegistryForms.values(e));
                }
                for (var p : e.points()) {
                    if (kind.equals("points") && p.code().equals(object)) {
                        return new Stored(p, p.name(), RegistryForms.POINT, RegistryForms.values(p));
                    }
                }
            }
        }
        for (var c : doc.cameras()) {
            if (kind.equals("cameras") && c.code().equals(object)) {
                return new Stored(c, c.name(), RegistryForms.CAMERA, RegistryForms.values(c));
            }
        }
        throw new NotFoundException(kind, object);
    }

    private record Stored(Object object, String name, Map<String, String> fields, Map<String, String> values) {
    }

    private String render(Actor actor, String jurisdiction, int page, Model model) {
        String node = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction;
        if (node != null) {
            model.addAttribute("node", jurisdictions.visible(actor, node));
        }
        var enterprises = registry.visibleEnterprises(actor, node, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("enterprises", enterprises);
        model.addAttribute("jurisdiction", node);
        model.addAttribute("canUpload", actor.role() != Role.ENTERPRISE_OPERATOR);
        return "registry/list";
    }

    private static Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (var type : org.hazwatch.protocol.EquipmentType.values()) {
            names.put(type.name(), type.zh());
        }
        return names;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** A problem of an upload: the sheet and cell ({@code 监测点位!K7}) or JSON path, and why. */
    record UploadError(String sheet, String cell, String where, String reason) {
        static UploadError of(Problem p) {
            String field = p.field() == null ? "" : p.field();
            int bang = field.indexOf('!');
            return bang < 0 ? new UploadError(null, null, field, p.reason())
                    : new UploadError(field.substring(0, bang), field.substring(bang + 1), field, p.reason());
        }
    }

    static List<String> kinds() {
        return List.of("hazard-sources", "equipment", "points", "cameras");
    }
}
