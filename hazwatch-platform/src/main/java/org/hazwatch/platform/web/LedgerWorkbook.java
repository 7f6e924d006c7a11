package org.hazwatch.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The ledger's tables as an Excel workbook (Apache POI): a sheet per table, a bold frozen header, cells as text. */
final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    static byte[] write(List<LedgerTables.Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (LedgerTables.Table table : tables) {
                Sheet sheet = workbook.createSheet(table.title());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    header.createCell(c).setCellValue(table.headers().get(c));
                    header.getCell(c).setCellStyle(bold);
                    sheet.setColumnWidth(c, 18 * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (LedgerTables.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < row.cells().size(); c++) {
                        line.createCell(c).setCellValue(row.cells().get(c) == null ? "" : row.cells().get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
