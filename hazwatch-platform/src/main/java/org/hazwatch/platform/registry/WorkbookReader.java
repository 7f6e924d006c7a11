package org.hazwatch.platform.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.hazwatch.platform.registry.WorkbookLayout.Column;
import org.hazwatch.platform.registry.WorkbookLayout.Kind;
import org.hazwatch.platform.registry.WorkbookLayout.SheetLayout;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;

/**
 * Reads the sheets of a base-data workbook into rows of typed values, reporting every cell that is not of its
 * column's kind ({@code 监测点位!H7}: must be a number). {@link WorkbookDocument} assembles the rows.
 */
final class WorkbookReader {

    /** One record row: its 1-based row number as Excel shows it, and its values by document field. */
    record SheetRow(SheetLayout layout, int rowNumber, Map<String, Object> values) {

        String text(String field) {
            return (String) values.get(field);
        }

        Double number(String field) {
            return (Double) values.get(field);
        }

        Integer integer(String field) {
            return (Integer) values.get(field);
        }

        String cell(String field) {
            return layout.name() + "!" + layout.letterOf(field).orElse(layout.keyLetter()) + rowNumber;
        }
    }

    record Sheets(Map<SheetLayout, List<SheetRow>> rows, List<Problem> problems) {
    }

    private static final DataFormatter FORMATTER = new DataFormatter();

    private WorkbookReader() {
    }

    static Sheets read(byte[] file) {
        Map<SheetLayout, List<SheetRow>> rows = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            for (SheetLayout layout : WorkbookLayout.SHEETS) {
                Sheet sheet = workbook.getSheet(layout.name());
                rows.put(layout, sheet == null || !headers(sheet, layout, problems) ? List.of()
                        : rows(sheet, layout, problems));
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "not a readable Excel workbook (.xlsx): " + e.getMessage());
        }
        return new Sheets(rows, problems);
    }

    private static boolean headers(Sheet sheet, SheetLayout layout, List<Problem> problems) {
        Row header = sheet.getRow(0);
        boolean ok = true;
        for (int c = 0; c < layout.columns().size(); c++) {
            String expected = layout.columns().get(c).header();
            String found = header == null || header.getCell(c) == null ? "" : FORMATTER.formatCellValue(header.getCell(c)).trim();
            if (!expected.equals(found)) {
                problems.add(new Problem(layout.name() + "!" + CellReference.convertNumToColString(c) + "1",
                        "the column header must be " + expected + ", not '" + found + "'"));
                ok = false;
            }
        }
        return ok;
    }

    private static List<SheetRow> rows(Sheet sheet, SheetLayout layout, List<Problem> problems) {
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            for (int c = 0; c < layout.columns().size(); c++) {
                Column column = layout.columns().get(c);
                String address = layout.name() + "!" + CellReference.convertNumToColString(c) + (r + 1);
                Object value = value(row.getCell(c), column.kind(), address, problems);
                if (value != null) {
                    values.put(column.field(), value);
                }
            }
            if (!values.isEmpty()) {
                rows.add(new SheetRow(layout, r + 1, values));
            }
        }
        return rows;
    }

    private static Object value(Cell cell, Kind kind, String address, List<Problem> problems) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String text = FORMATTER.formatCellValue(cell).trim();
        if (text.isEmpty()) {
            return null;
        }
        if (kind == Kind.TEXT) {
            return text;
        }
        double number;
        if (cell.getCellType() == CellType.NUMERIC) {
            number = cell.getNumericCellValue();
        } else {
            try {
                number = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                problems.add(new Problem(address, "must be a number, not '" + text + "'"));
                return null;
            }
        }
        if (kind == Kind.INTEGER) {
            if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                problems.add(new Problem(address, "must be a whole number, not " + text));
                return null;
            }
            return (int) number;
        }
        return number;
    }
}
