package org.hazwatch.platform.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.registry.WorkbookLayout.SheetLayout;
import org.hazwatch.platform.registry.WorkbookReader.SheetRow;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Camera;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Chemical;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Contacts;
import org.hazwatch.platform.registry.rules.BaseDataDocument.CustodyPerson;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Equipment;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Gateway;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Point;
import org.hazwatch.platform.registry.rules.BaseDataDocument.StorageMedium;
import org.hazwatch.platform.registry.rules.DocumentProblem;
import org.hazwatch.platform.support.Problem;

/**
 * A workbook's rows assembled into the import document, remembering which row each record came from, so the
 * validator's problems ({@code hazardSources[0].equipment[0].points[1].hh}) are reported at their cells
 * ({@code 监测点位!K3}).
 */
final class WorkbookDocument {

    private final Map<String, SheetRow> origins = new HashMap<>();
    private final List<Problem> problems;
    private final BaseDataDocument document;

    WorkbookDocument(WorkbookReader.Sheets sheets) {
        this.problems = new ArrayList<>(sheets.problems());
        this.document = assemble(sheets.rows());
    }

    BaseDataDocument document() {
        return document;
    }

    /**
     * The workbook's own problems and the validator's, each at a cell, one entry per cell: a cell the workbook
     * could not read keeps only that reason (its "is missing" would repeat it).
     */
    List<Problem> problems(List<DocumentProblem> found) {
        Map<String, Problem> byCell = new LinkedHashMap<>();
        problems.forEach(p -> byCell.putIfAbsent(p.field(), p));
        for (DocumentProblem p : found) {
            Problem placed = place(p);
            byCell.merge(placed.field(), placed, (first, next) -> problems.contains(first) ? first
                    : new Problem(first.field(), first.reason() + "; " + next.reason()));
        }
        return List.copyOf(byCell.values());
    }

    private Problem place(DocumentProblem problem) {
        String path = problem.path();
        String record = path;
        while (!origins.containsKey(record) && record.contains(".")) {
            record = record.substring(0, record.lastIndexOf('.'));
        }
        SheetRow row = origins.get(record);
        if (row == null) {
            return new Problem(WorkbookLayout.ENTERPRISE.name() + "!A2", problem.reason());
        }
        String field = path.length() > record.length() ? path.substring(record.length() + 1) : "";
        return new Problem(row.cell(field), problem.reason());
    }

    private BaseDataDocument assemble(Map<SheetLayout, List<SheetRow>> rows) {
        List<SheetRow> enterprises = rows.get(WorkbookLayout.ENTERPRISE);
        if (enterprises.isEmpty()) {
            problems.add(new Problem(WorkbookLayout.ENTERPRISE.name() + "!A2", "one enterprise row is required"));
            return new BaseDataDocument(null, null, null, null);
        }
        enterprises.stream().skip(1).forEach(extra -> problems.add(new Problem(extra.cell("code"),
                "one enterprise per workbook; import the others separately")));
        SheetRow e = enterprises.get(0);
        origins.put("enterprise", e);
        String code = e.text("code");
        Contacts contacts = new Contacts(e.text("contacts.principal"), e.text("contacts.principalPhone"),
                e.text("contacts.safetyManager"), e.text("contacts.safetyManagerPhone"));
        var enterprise = new BaseDataDocument.Enterprise(code, e.text("name"), e.text("creditCode"),
                e.text("jurisdiction"), e.text("park"), e.text("address"), e.number("lon"), e.number("lat"),
                contacts.equals(new Contacts(null, null, null, null)) ? null : contacts, e.text("dutyPhone"));
        Map<String, List<SheetRow>> chemicals = children(rows, WorkbookLayout.CHEMICALS, WorkbookLayout.HAZARD_SOURCES);
        Map<String, List<SheetRow>> custody = children(rows, WorkbookLayout.CUSTODY, WorkbookLayout.HAZARD_SOURCES);
        Map<String, List<SheetRow>> equipment = children(rows, WorkbookLayout.EQUIPMENT, WorkbookLayout.HAZARD_SOURCES);
        Map<String, List<SheetRow>> media = children(rows, WorkbookLayout.STORAGE_MEDIA, WorkbookLayout.EQUIPMENT);
        Map<String, List<SheetRow>> points = children(rows, WorkbookLayout.POINTS, WorkbookLayout.EQUIPMENT);
        List<HazardSource> sources = new ArrayList<>();
        for (SheetRow h : ofEnterprise(rows.get(WorkbookLayout.HAZARD_SOURCES), code)) {
            String path = "hazardSources[" + sources.size() + "]";
            origins.put(path, h);
            List<Equipment> units = new ArrayList<>();
            for (SheetRow q : equipment.getOrDefault(h.text("code"), List.of())) {
                String unitPath = path + ".equipment[" + units.size() + "]";
                origins.put(unitPath, q);
                units.add(new Equipment(q.text("code"), q.text("type"), q.text("name"), q.text("medium"),
                        q.number("volumeM3"), q.number("designPressureMpa"), q.number("designTemperatureC"),
                        q.number("areaM2"), q.number("maxStockTonnes"), q.integer("loadingArms"),
                        q.number("loadingRateM3h"),
                        list(media, q.text("code"), unitPath + ".storageMedia", m -> new StorageMedium(m.text("cas"),
                                m.text("name"), m.text("form"), m.number("maxQuantityTonnes"))),
                        list(points, q.text("code"), unitPath + ".points", WorkbookDocument::point)));
            }
            sources.add(new HazardSource(h.text("code"), h.text("name"), h.integer("exposedPeople"),
                    list(chemicals, h.text("code"), path + ".chemicals", c -> new Chemical(c.text("cas"),
                            c.text("name"), c.text("hazardClass"), c.number("quantityTonnes"))),
                    list(custody, h.text("code"), path + ".custodyPersons", p -> new CustodyPerson(p.text("role"),
                            p.text("name"), p.text("phone"), p.text("position"))),
                    units));
        }
        List<Gateway> gateways = new ArrayList<>();
        for (SheetRow g : ofEnterprise(rows.get(WorkbookLayout.GATEWAYS), code)) {
            origins.put("gateways[" + gateways.size() + "]", g);
            gateways.add(new Gateway(g.text("code"), g.text("name"), g.text("vendor"), g.text("ip"),
                    g.integer("samplingPeriodSeconds")));
        }
        List<Camera> cameras = new ArrayList<>();
        for (SheetRow c : ofEnterprise(rows.get(WorkbookLayout.CAMERAS), code)) {
            origins.put("cameras[" + cameras.size() + "]", c);
            cameras.add(new Camera(c.text("code"), c.text("name"), c.text("hazardSource"), c.text("equipment"),
                    c.text("streamUrl")));
        }
        return new BaseDataDocument(enterprise, sources, gateways, cameras);
    }

    private static Point point(SheetRow p) {
        return new Point(p.text("code"), p.text("name"), p.text("kind"), p.text("unit"), p.number("rangeLow"),
                p.number("rangeHigh"), p.number("ll"), p.number("l"), p.number("h"), p.number("hh"),
                p.number("deadband"), p.integer("onDelaySeconds"), p.integer("offDelaySeconds"), p.text("tagNumber"));
    }

    private <T> List<T> list(Map<String, List<SheetRow>> byParent, String parent, String path,
                             java.util.function.Function<SheetRow, T> record) {
        List<T> list = new ArrayList<>();
        for (SheetRow row : byParent.getOrDefault(parent, List.of())) {
            origins.put(path + "[" + list.size() + "]", row);
            list.add(record.apply(row));
        }
        return list;
    }

    /** Rows of a sheet whose parent column names the workbook's enterprise; the others are reported. */
    private List<SheetRow> ofEnterprise(List<SheetRow> rows, String enterpriseCode) {
        List<SheetRow> own = new ArrayList<>();
        for (SheetRow row : rows) {
            if (enterpriseCode != null && enterpriseCode.equals(row.text(WorkbookLayout.PARENT))) {
                own.add(row);
            } else {
                problems.add(new Problem(row.cell(WorkbookLayout.PARENT), "the enterprise code must be the workbook's "
                        + "enterprise " + enterpriseCode + ", not " + row.text(WorkbookLayout.PARENT)));
            }
        }
        return own;
    }

    /** Child rows by their parent code; a row whose parent is not in the parent sheet is reported. */
    private Map<String, List<SheetRow>> children(Map<SheetLayout, List<SheetRow>> rows, SheetLayout sheet,
                                                 SheetLayout parentSheet) {
        Set<String> parents = new LinkedHashSet<>();
        rows.get(parentSheet).forEach(p -> parents.add(p.text("code")));
        Map<String, List<SheetRow>> byParent = new LinkedHashMap<>();
        for (SheetRow row : rows.get(sheet)) {
            String parent = row.text(WorkbookLayout.PARENT);
            if (parent == null || !parents.contains(parent)) {
                problems.add(new Problem(row.cell(WorkbookLayout.PARENT), "no row with code " + parent
                        + " in sheet " + parentSheet.name()));
            } else {
                byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
            }
        }
        return byParent;
    }
}
