package org.hazwatch.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.alarm.AlarmSearch;
import org.hazwatch.platform.alarm.AlarmView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The alarm list as an Excel workbook (报警记录导出): one sheet 报警记录, one row per alarm, in zh-CN. */
@Component
class AlarmWorkbook {

    static final String SHEET = "报警记录";
    static final String[] HEADER = {"报警时间", "企业", "企业编码", "监测点编码", "报警类型", "报警级别", "状态", "峰值",
        "解除时间", "迟到数据"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final Peaks peaks;

    AlarmWorkbook(MessageSource messages, Peaks peaks) {
        this.messages = messages;
        this.peaks = peaks;
    }

    void write(AlarmSearch.Found found, Map<String, String> enterpriseNames, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(SHEET);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 1;
            for (AlarmView a : found.items()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(TIME.format(a.raisedAt()));
                row.createCell(1).setCellValue(enterpriseNames.getOrDefault(a.enterpriseCode(), a.enterpriseCode()));
                row.createCell(2).setCellValue(a.enterpriseCode());
                row.createCell(3).setCellValue(a.pointCode() == null ? "" : a.pointCode());
                row.createCell(4).setCellValue(label("alarm.kind." + a.kind().name()));
                row.createCell(5).setCellValue(a.severity().label());
                row.createCell(6).setCellValue(label("alarm.state." + a.state()));
                row.createCell(7).setCellValue(peaks.of(a));
                row.createCell(8).setCellValue(a.clearedAt() == null ? "" : TIME.format(a.clearedAt()));
                row.createCell(9).setCellValue(a.late() ? "是" : "");
            }
            for (int i = 0; i < HEADER.length; i++) {
                sheet.setColumnWidth(i, 20 * 256);
            }
            book.write(out);
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
