package org.hazwatch.platform.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.access.rules.AccessFigures;
import org.hazwatch.platform.access.rules.EnterpriseAccess;

/** Access progress as a workbook: 接入进度 (a line per area and the total), 重大危险源企业未接入, 企业明细. */
final class AccessWorkbook {

    static final List<String> AREA_HEADERS = List.of("辖区", "企业数", "已接入企业", "在线企业", "未接入企业",
            "重大危险源企业", "重大危险源企业未接入", "点位数", "已接入点位", "在线点位", "未接入点位");
    static final List<String> ENTERPRISE_HEADERS = List.of("企业编码", "企业名称", "重大危险源", "点位数",
            "已接入点位", "在线点位", "已接入", "在线");

    private AccessWorkbook() {
    }

    static byte[] write(AccessReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet areas = sheet(workbook, "接入进度", AREA_HEADERS, bold);
            int r = 1;
            for (var row : report.areas()) {
                figures(areas.createRow(r++), row.name(), row.figures());
            }
            figures(areas.createRow(r), report.name() + " 合计", report.total());
            Sheet missing = sheet(workbook, "重大危险源企业未接入", ENTERPRISE_HEADERS, bold);
            enterprises(missing, report.majorHazardNotConnected());
            Sheet all = sheet(workbook, "企业明细", ENTERPRISE_HEADERS, bold);
            enterprises(all, report.enterprises());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> headers, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == 0 || c == 1 ? 22 : 12) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void figures(Row row, String name, AccessFigures f) {
        row.createCell(0).setCellValue(name);
        int[] values = {f.enterprises(), f.enterprisesConnected(), f.enterprisesOnline(),
            f.enterprisesNeverConnected(), f.majorHazardEnterprises(), f.majorHazardNeverConnected(), f.points(),
            f.pointsConnected(), f.pointsOnline(), f.pointsNeverConnected()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i + 1).setCellValue(values[i]);
        }
    }

    private static void enterprises(Sheet sheet, List<EnterpriseAccess> enterprises) {
        int r = 1;
        for (EnterpriseAccess e : enterprises) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.code());
            row.createCell(1).setCellValue(e.name());
            row.createCell(2).setCellValue(e.majorHazard() ? "是" : "否");
            row.createCell(3).setCellValue(e.points());
            row.createCell(4).setCellValue(e.pointsConnected());
            row.createCell(5).setCellValue(e.pointsOnline());
            row.createCell(6).setCellValue(e.connected() ? "是" : "否");
            row.createCell(7).setCellValue(e.online() ? "是" : "否");
        }
    }
}
