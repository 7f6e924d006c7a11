package org.hazwatch.platform.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.analysis.Report;
import org.hazwatch.platform.bulletin.rules.BulletinPeriod;
import org.junit.jupiter.api.Test;

/** A report built by hand, rendered as the bulletin's PDF and workbook, and read back with PDFBox and POI. */
class BulletinDocumentsTest {

    static BulletinContent november() {
        List<List<Object>> rows = List.of(
                List.of("14052500001", "晋城市恒泰氯碱化工有限公司", "是", 12, 0.9871),
                List.of("14052500002", "泽州县天泰煤化有限公司", "否", 4, 0.5),
                java.util.Arrays.asList("14052500003", "泽州县金晖化肥有限公司", "否", 0, null));
        Report.Section points = new Report.Section("企业和点位",
                List.of("辖区内接入企业 3 家（其中重大危险源企业 1 家），监测点位 16 个。"),
                List.of(new Report.Table("企业和点位", List.of("企业编码", "企业名称", "重大危险源", "点位数", "在线率"),
                        rows, List.of(4))),
                List.of(new Report.Chart("各企业在线率", Report.Chart.Kind.BAR,
                        List.of("恒泰氯碱", "天泰煤化", "金晖化肥"), List.of(new Report.Series("在线率", List.of(98.7, 50.0, 0.0))))));
        Report.Section alarms = new Report.Section("报警",
                List.of("本期报警 37 次，其中高高报 5 次。"),
                List.of(),
                List.of(new Report.Chart("每日报警数", Report.Chart.Kind.LINE, List.of("11-01", "11-02", "11-03"),
                        List.of(new Report.Series("报警", List.of(10.0, 20.0, 7.0))))));
        Report report = new Report("140525", "泽州县", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                List.of(points, alarms),
                List.of(new Report.NamedEnterprise("14052500003", "泽州县金晖化肥有限公司",
                        List.of("未按时承诺 4 天", "无故离线 31 小时"),
                        "泽州县金晖化肥有限公司本期 4 天未按时承诺，无故离线累计 31 小时，请立即整改。")));
        return new BulletinContent("泽应急通报〔2026〕12号", 1, "泽州县危险化学品安全风险监测预警2026年11月通报",
                "泽州县应急管理局", LocalDate.of(2026, 12, 1), BulletinPeriod.monthBefore(LocalDate.of(2026, 12, 1)),
                report);
    }

    @Test
    void thePdfIsA4WithTheEmbeddedFontAndHoldsTheNameTheNumberTheFiguresAndTheNamedEnterprises() throws IOException {
        byte[] pdf = BulletinPdf.render(november());
        Files.write(Path.of("target", "bulletin-sample.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("泽州县", "泽应急通报〔2026〕12号", "2026年11月",
                    "辖区内接入企业3家（其中重大危险源企业1家），监测点位16个。", "晋城市恒泰氯碱化工有限公司",
                    "98.7%", "50.0%", "—", "本期报警37次", "二、报警", "三、点名企业",
                    "泽州县金晖化肥有限公司（14052500003）：未按时承诺4天；无故离线31小时", "泽州县应急管理局",
                    "2026年12月1日", "—1/" + doc.getNumberOfPages() + "—");
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).anySatisfy(f -> {
                assertThat(f.getName()).contains("NotoSansSC");
                assertThat(f.isEmbedded()).isTrue();
            });
            assertThat(doc.getPage(0).getResources().getXObjectNames()).as("the chart is a picture").isNotEmpty();

            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Path png = Path.of("target", "bulletin-page-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            assertThat(page.getWidth()).isGreaterThan(600);
        }
        assertThat(pdf.length).as("a subset of the font, not all 10 MB of it").isLessThan(1_500_000);
    }

    @Test
    void theWorkbookHasASheetPerTableWithNumbersAsNumbersAndRatesAsPercentages() throws IOException {
        byte[] xlsx = BulletinWorkbook.render(november());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("通报");
            assertThat(book.getSheet("通报").getRow(0).getCell(1).getStringCellValue()).isEqualTo("泽应急通报〔2026〕12号");
            Sheet points = book.getSheet("企业和点位");
            assertThat(points.getRow(0).getCell(4).getStringCellValue()).isEqualTo("在线率");
            Cell count = points.getRow(1).getCell(3);
            assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(count.getNumericCellValue()).isEqualTo(12.0);
            Cell rate = points.getRow(1).getCell(4);
            assertThat(rate.getNumericCellValue()).isEqualTo(0.9871);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(points.getRow(3).getCell(4)).as("no figure: an empty cell").isNull();
            Sheet named = book.getSheet("点名企业");
            assertThat(named.getRow(1).getCell(1).getStringCellValue()).isEqualTo("泽州县金晖化肥有限公司");
            assertThat(named.getRow(1).getCell(2).getStringCellValue()).isEqualTo("未按时承诺 4 天；无故离线 31 小时");
        }
    }
}
