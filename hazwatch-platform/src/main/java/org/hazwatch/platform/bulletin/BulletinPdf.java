package org.hazwatch.platform.bulletin;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hazwatch.platform.analysis.Report;
import org.hazwatch.platform.bulletin.rules.Figures;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A bulletin as PDF: the Thymeleaf template {@code templates/bulletin/document.html} (A4, the red masthead, page
 * numbers from CSS {@code @page} counters) made into PDF by openhtmltopdf, with the bulletin font embedded (only the
 * glyphs used) and the charts drawn as pictures.
 */
final class BulletinPdf {

    private static final SpringTemplateEngine TEMPLATES = templates();

    private BulletinPdf() {
    }

    static byte[] render(BulletinContent content) {
        String html = html(content);
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc,
                    new TTFParser().parse(new RandomAccessReadBuffer(BulletinFont.bytes())), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(font), BulletinFont.FAMILY);
            builder.withHtmlContent(html, null);
            builder.buildPdfRenderer().createPDFWithoutClosing();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.number() + " " + content.title());
            info.setAuthor(content.issuer());
            info.setSubject(content.report().jurisdictionName() + " " + content.period().label());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return BulletinText.withUnifiedIdeographs(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("bulletin " + content.number() + " not rendered", e);
        }
    }

    /** The XHTML the PDF is made from (well-formed: openhtmltopdf reads it as XML). */
    static String html(BulletinContent content) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("b", content);
        context.setVariable("font", BulletinFont.FAMILY);
        context.setVariable("issuedOn", content.issuedOn().getYear() + "年" + content.issuedOn().getMonthValue()
                + "月" + content.issuedOn().getDayOfMonth() + "日");
        context.setVariable("sections", sections(content.report()));
        context.setVariable("namedHeading", Figures.chineseNumeral(content.report().sections().size() + 1));
        return TEMPLATES.process("bulletin/document", context);
    }

    record Section(String heading, List<String> paragraphs, List<Table> tables, List<Chart> charts) {
    }

    record Table(String name, List<String> header, List<List<Cell>> rows) {
    }

    record Cell(String text, boolean number) {
    }

    record Chart(String title, String dataUri) {
    }

    private static List<Section> sections(Report report) {
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (Report.Section s : report.sections()) {
            n++;
            sections.add(new Section(Figures.chineseNumeral(n) + "、" + s.heading(), s.paragraphs(),
                    s.tables().stream().map(BulletinPdf::table).toList(),
                    s.charts().stream().map(c -> new Chart(c.title(), "data:image/png;base64,"
                            + Base64.getEncoder().encodeToString(BulletinCharts.png(c)))).toList()));
        }
        return sections;
    }

    private static Table table(Report.Table t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                cells.add(new Cell(Figures.shown(v, t.percentColumns().contains(i)), v instanceof Number));
            }
            rows.add(cells);
        }
        return new Table(t.name(), t.header(), rows);
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(BulletinPdf.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
