package org.hazwatch.platform.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Camera;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Equipment;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Point;
import org.hazwatch.platform.registry.rules.DocumentProblem;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.Codes;
import org.springframework.stereotype.Service;

/**
 * Editing one hazard source, equipment, point or camera (单项编辑). There is one path for base data: the
 * enterprise's stored document with that one object replaced goes through {@link BaseDataImport} — the same
 * access rules, validator, transaction, {@link RegistryChanged} — and is audited as {@code registry.edit} with the
 * object before and after. The object keeps its code (and its children: a hazard source its equipment, an
 * equipment its points); problems are reported by the object's own field names ({@code hh}, {@code chemicals[0].cas}).
 */
@Service
class BaseDataEdits {

    private final BaseDataImport imports;
    private final RegistryReads reads;

    BaseDataEdits(BaseDataImport imports, RegistryReads reads) {
        this.imports = imports;
        this.reads = reads;
    }

    ImportReport point(Actor actor, String code, Point edited) {
        BaseDataDocument document = documentOf(actor, code, "point");
        List<HazardSource> sources = new ArrayList<>();
        String[] where = {null};
        Object[] before = {null};
        for (int i = 0; i < document.hazardSources().size(); i++) {
            HazardSource h = document.hazardSources().get(i);
            List<Equipment> units = new ArrayList<>();
            for (int j = 0; j < h.equipment().size(); j++) {
                Equipment e = h.equipment().get(j);
                List<Point> points = new ArrayList<>(e.points());
                for (int k = 0; k < points.size(); k++) {
                    if (points.get(k).code().equals(code)) {
                        where[0] = "hazardSources[" + i + "].equipment[" + j + "].points[" + k + "]";
                        before[0] = points.get(k);
                        points.set(k, withCode(edited, code));
                    }
                }
                units.add(new Equipment(e.code(), e.type(), e.name(), e.medium(), e.volumeM3(),
                        e.designPressureMpa(), e.designTemperatureC(), e.areaM2(), e.maxStockTonnes(),
                        e.loadingArms(), e.loadingRateM3h(), e.storageMedia(), points));
            }
            sources.add(withEquipment(h, units));
        }
        return write(actor, document, sources, document.cameras(), where[0], "point", code, before[0],
                withCode(edited, code));
    }

    ImportReport equipment(Actor actor, String code, Equipment edited) {
        BaseDataDocument document = documentOf(actor, code, "equipment");
        String[] where = {null};
        Object[] before = {null};
        Equipment[] after = {null};
        List<HazardSource> sources = mapSources(document, (i, h) -> {
            List<Equipment> units = new ArrayList<>(h.equipment());
            for (int j = 0; j < units.size(); j++) {
                Equipment e = units.get(j);
                if (e.code().equals(code)) {
                    where[0] = "hazardSources[" + i + "].equipment[" + j + "]";
                    before[0] = withoutPoints(e);
                    after[0] = new Equipment(code, edited.type(), edited.name(), edited.medium(), edited.volumeM3(),
                            edited.designPressureMpa(), edited.designTemperatureC(), edited.areaM2(),
                            edited.maxStockTonnes(), edited.loadingArms(), edited.loadingRateM3h(),
                            edited.storageMedia(), e.points());
                    units.set(j, after[0]);
                }
            }
            return withEquipment(h, units);
        });
        return write(actor, document, sources, document.cameras(), where[0], "equipment", code, before[0],
                after[0] == null ? null : withoutPoints(after[0]));
    }

    ImportReport hazardSource(Actor actor, String code, HazardSource edited) {
        BaseDataDocument document = documentOf(actor, code, "hazard source");
        String[] where = {null};
        Object[] before = {null};
        Object[] after = {null};
        List<HazardSource> sources = mapSources(document, (i, h) -> {
            if (!h.code().equals(code)) {
                return h;
            }
            where[0] = "hazardSources[" + i + "]";
            before[0] = withEquipment(h, List.of());
            HazardSource replaced = new HazardSource(code, edited.name(), edited.exposedPeople(), edited.chemicals(),
                    edited.custodyPersons(), h.equipment());
            after[0] = withEquipment(replaced, List.of());
            return replaced;
        });
        return write(actor, document, sources, document.cameras(), where[0], "hazard_source", code, before[0],
                after[0]);
    }

    ImportReport camera(Actor actor, String code, Camera edited) {
        BaseDataDocument document = documentOf(actor, code, "camera");
        List<Camera> cameras = new ArrayList<>(document.cameras());
        String where = null;
        Object before = null;
        Camera after = new Camera(code, edited.name(), edited.hazardSource(), edited.equipment(), edited.streamUrl());
        for (int i = 0; i < cameras.size(); i++) {
            if (cameras.get(i).code().equals(code)) {
                where = "cameras[" + i + "]";
                before = cameras.get(i);
                cameras.set(i, after);
            }
        }
        return write(actor, document, document.hazardSources(), cameras, where, "camera", code, before, after);
    }

    /** The stored document of the enterprise the code belongs to (its first {@link Codes#ENTERPRISE_LENGTH} characters); 404 if not seen. */
    private BaseDataDocument documentOf(Actor actor, String code, String what) {
        if (code == null || code.length() < Codes.ENTERPRISE_LENGTH
                || Codes.checkEnterprise(code.substring(0, Codes.ENTERPRISE_LENGTH)).isPresent()) {
            throw new NotFoundException(what, code);
        }
        try {
            return reads.document(actor, code.substring(0, Codes.ENTERPRISE_LENGTH));
        } catch (NotFoundException e) {
            throw new NotFoundException(what, code);
        }
    }

    private ImportReport write(Actor actor, BaseDataDocument document, List<HazardSource> sources,
                               List<Camera> cameras, String where, String type, String code, Object before,
                               Object after) {
        if (where == null) {
            throw new NotFoundException(type.replace('_', ' '), code);
        }
        BaseDataDocument edited = new BaseDataDocument(document.enterprise(), sources, document.gateways(), cameras);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", before);
        detail.put("after", after);
        return imports.importDocument(actor, edited, problems -> local(problems, where),
                new BaseDataImport.Edit("registry.edit", type, code, detail));
    }

    /** Problems of the edited object by its own field names; anything elsewhere keeps its document path. */
    static List<Problem> local(List<DocumentProblem> problems, String where) {
        return problems.stream().map(p -> {
            String path = p.path();
            if (path.equals(where)) {
                return new Problem("code", p.reason());
            }
            return path.startsWith(where + ".") ? new Problem(path.substring(where.length() + 1), p.reason())
                    : new Problem(path, p.reason());
        }).toList();
    }

    private interface SourceEdit {
        HazardSource apply(int index, HazardSource source);
    }

    private static List<HazardSource> mapSources(BaseDataDocument document, SourceEdit edit) {
        List<HazardSource> sources = new ArrayList<>();
        for (int i = 0; i < document.hazardSources().size(); i++) {
            sources.add(edit.apply(i, document.hazardSources().get(i)));
        }
        return sources;
    }

    private static HazardSource withEquipment(HazardSource h, List<Equipment> equipment) {
        return new HazardSource(h.code(), h.name(), h.exposedPeople(), h.chemicals(), h.custodyPersons(), equipment);
    }

    private static Equipment withoutPoints(Equipment e) {
        return new Equipment(e.code(), e.type(), e.name(), e.medium(), e.volumeM3(), e.designPressureMpa(),
                e.designTemperatureC(), e.areaM2(), e.maxStockTonnes(), e.loadingArms(), e.loadingRateM3h(),
                e.storageMedia(), List.of());
    }

    private static Point withCode(Point p, String code) {
        return new Point(code, p.name(), p.kind(), p.unit(), p.rangeLow(), p.rangeHigh(), p.ll(), p.l(), p.h(),
                p.hh(), p.deadband(), p.onDelaySeconds(), p.offDelaySeconds(), p.tagNumber());
    }
}
