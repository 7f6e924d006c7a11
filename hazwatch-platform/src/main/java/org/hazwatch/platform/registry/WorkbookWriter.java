package org.hazwatch.platform.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.registry.WorkbookLayout.Column;
import org.hazwatch.platform.registry.WorkbookLayout.SheetLayout;
import org.hazwatch.platform.registry.rules.BaseDataDocument;

/** Writes a base-data document as the workbook of {@link WorkbookLayout}; codes as text, figures as numbers. */
final class WorkbookWriter {

    private static final int COLUMN_WIDTH = 18 * 256;

    private WorkbookWriter() {
    }

    static byte[] write(BaseDataDocument document) {
        return write(rows(document));
    }

    /** The workbook with its sheets and column headers and no rows. */
    static byte[] template() {
        return write(Map.of());
    }

    private static byte[] write(Map<SheetLayout, List<Map<String, Object>>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetLayout layout : WorkbookLayout.SHEETS) {
                Sheet sheet = workbook.createSheet(layout.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < layout.columns().size(); c++) {
                    header.createCell(c).setCellValue(layout.columns().get(c).header());
                    header.getCell(c).setCellStyle(bold);
                    sheet.setColumnWidth(c, COLUMN_WIDTH);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (Map<String, Object> values : rows.getOrDefault(layout, List.of())) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < layout.columns().size(); c++) {
                        Column column = layout.columns().get(c);
                        Object value = values.get(column.field());
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<SheetLayout, List<Map<String, Object>>> rows(BaseDataDocument document) {
        Map<SheetLayout, List<Map<String, Object>>> rows = new HashMap<>();
        WorkbookLayout.SHEETS.forEach(s -> rows.put(s, new ArrayList<>()));
        var e = document.enterprise();
        var contacts = e.contacts() == null ? new BaseDataDocument.Contacts(null, null, null, null) : e.contacts();
        rows.get(WorkbookLayout.ENTERPRISE).add(row("code", e.code(), "name", e.name(), "creditCode", e.creditCode(),
                "jurisdiction", e.jurisdiction(), "park", e.park(), "address", e.address(), "lon", e.lon(),
                "lat", e.lat(), "contacts.principal", contacts.principal(),
                "contacts.principalPhone", contacts.principalPhone(), "contacts.safetyManager", contacts.safetyManager(),
                "contacts.safetyManagerPhone", contacts.safetyManagerPhone(), "dutyPhone", e.dutyPhone()));
        for (var h : document.hazardSources()) {
            rows.get(WorkbookLayout.HAZARD_SOURCES).add(row("code", h.code(), WorkbookLayout.PARENT, e.code(),
                    "name", h.name(), "exposedPeople", h.exposedPeople()));
            h.chemicals().forEach(c -> rows.get(WorkbookLayout.CHEMICALS).add(row(WorkbookLayout.PARENT, h.code(),
                    "cas", c.cas(), "name", c.name(), "hazardClass", c.hazardClass(),
                    "quantityTonnes", c.quantityTonnes())));
            h.custodyPersons().forEach(p -> rows.get(WorkbookLayout.CUSTODY).add(row(WorkbookLayout.PARENT, h.code(),
                    "role", p.role(), "name", p.name(), "phone", p.phone(), "position", p.position())));
            for (var q : h.equipment()) {
                rows.get(WorkbookLayout.EQUIPMENT).add(row("code", q.code(), WorkbookLayout.PARENT, h.code(),
                        "type", q.type(), "name", q.name(), "medium", q.medium(), "volumeM3", q.volumeM3(),
                        "designPressureMpa", q.designPressureMpa(), "designTemperatureC", q.designTemperatureC(),
                        "areaM2", q.areaM2(), "maxStockTonnes", q.maxStockTonnes(), "loadingArms", q.loadingArms(),
                        "loadingRateM3h", q.loadingRateM3h()));
                q.storageMedia().forEach(m -> rows.get(WorkbookLayout.STORAGE_MEDIA).add(row(WorkbookLayout.PARENT,
                        q.code(), "cas", m.cas(), "name", m.name(), "form", m.form(),
                        "maxQuantityTonnes", m.maxQuantityTonnes())));
                q.points().forEach(p -> rows.get(WorkbookLayout.POINTS).add(row("code", p.code(),
                        WorkbookLayout.PARENT, q.code(), "name", p.name(), "kind", p.kind(), "unit", p.unit(),
                        "rangeLow", p.rangeLow(), "rangeHigh", p.rangeHigh(), "ll", p.ll(), "l", p.l(), "h", p.h(),
                        "hh", p.hh(), "deadband", p.deadband(), "onDelaySeconds", p.onDelaySeconds(),
                        "offDelaySeconds", p.offDelaySeconds(), "tagNumber", p.tagNumber())));
            }
        }
        document.gateways().forEach(g -> rows.get(WorkbookLayout.GATEWAYS).add(row("code", g.code(),
                WorkbookLayout.PARENT, e.code(), "name", g.name(), "vendor", g.vendor(), "ip", g.ip(),
                "samplingPeriodSeconds", g.samplingPeriodSeconds())));
        document.cameras().forEach(c -> rows.get(WorkbookLayout.CAMERAS).add(row("code", c.code(),
                WorkbookLayout.PARENT, e.code(), "name", c.name(), "hazardSource", c.hazardSource(),
                "equipment", c.equipment(), "streamUrl", c.streamUrl())));
        return rows;
    }

    private static Map<String, Object> row(Object... fieldsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            row.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return row;
    }
}
