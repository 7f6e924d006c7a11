package org.hazwatch.platform.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.analysis.Report;

/**
 * A bulletin as Excel (Apache POI): a first sheet with its heading, then a sheet per table of the report (named as
 * the table), then the named enterprises. Numbers are numbers (a rate the fraction itself, formatted {@code 0.0%}),
 * so regulators can compute with them; nothing is written "—".
 */
final class BulletinWorkbook {

    static final String HEADING_SHEET = "通报";
    static final String NAMED_SHEET = "点名企业";

    private BulletinWorkbook() {
    }

    static byte[] render(BulletinContent content) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            Sheet heading = book.createSheet(unique(HEADING_SHEET, names));
            String[][] lines = {{"文号", content.number()}, {"版本", String.valueOf(content.version())},
                    {"标题", content.title()}, {"辖区", content.report().jurisdictionName()},
                    {"期间", content.period().from() + " 至 " + content.period().to()},
                    {"类别", content.period().kind().label()}, {"印发单位", content.issuer()},
                    {"印发日期", content.issuedOn().toString()}};
            for (int i = 0; i < lines.length; i++) {
                Row row = heading.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.getCell(0).setCellStyle(styles.header);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            heading.setColumnWidth(0, 12 * 256);
            heading.setColumnWidth(1, 60 * 256);
            for (Report.Section section : content.report().sections()) {
                for (Report.Table table : section.tables()) {
                    table(book.createSheet(unique(table.name(), names)), table, styles);
                }
            }
            List<List<Object>> named = content.report().named().stream()
                    .map(e -> List.<Object>of(e.enterpriseCode(), e.name(), String.join("；", e.reasons()),
                            e.paragraph() == null ? "" : e.paragraph()))
                    .toList();
            table(book.createSheet(unique(NAMED_SHEET, names)), new Report.Table(NAMED_SHEET,
                    List.of("企业编码", "企业名称", "点名原因", "通报内容"), named, List.of()), styles);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Sheet sheet, Report.Table table, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            header.createCell(c).setCellValue(table.header().get(c));
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.header().get(c).length() * 3)) * 256);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                    if (table.percentColumns().contains(c)) {
                        row.getCell(c).setCellStyle(styles.percent);
                    }
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the book. */
    private static String unique(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "表" : wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle percent;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        }
    }
}
