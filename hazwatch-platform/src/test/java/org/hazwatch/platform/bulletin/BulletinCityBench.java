package org.hazwatch.platform.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.bulletin.rules.BulletinPeriod;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bulletin benchmark (docs/BULLETINS.md): a city of 1,000 enterprises registered through the registry, then its
 * monthly bulletin issued the way the schedule issues it (report, PDF, workbook, store, distribution), the seconds
 * printed. A measurement, not a test of speed: it runs only when asked,
 * {@code -Dhazwatch.bench=bulletin -Dtest=BulletinCityBench}, and checks that every enterprise is in both documents.
 */
@PlatformTest
class BulletinCityBench {

    static final int ENTERPRISES = Integer.getInteger("hazwatch.bench.enterprises", 1000);

    @Autowired
    MockMvc mvc;

    @Autowired
    Bulletins bulletins;

    @Test
    void aMonthlyBulletinOfACityOfAThousandEnterprises() throws Exception {
        Assumptions.assumeTrue("bulletin".equals(System.getProperty("hazwatch.bench")),
                "the bulletin benchmark runs with -Dhazwatch.bench=bulletin");
        County county = TestJurisdictions.freshCounty(mvc);
        TestEnterprise last = null;
        long setup = System.nanoTime();
        for (int i = 0; i < ENTERPRISES; i++) {
            last = TestEnterprises.importInto(mvc, county);
        }
        System.out.printf("bulletin bench: %d enterprises registered in %.1f s%n", ENTERPRISES,
                (System.nanoTime() - setup) / 1e9);
        String city = county.path().split("/")[1];
        BulletinPeriod month = BulletinPeriod.monthBefore(LocalDate.now(BeijingTime.ZONE));
        long cold = System.nanoTime();
        bulletins.issue(Actor.system(), new NewBulletin(city, "MONTH", month.from().toString(),
                month.to().toString(), null));
        System.out.printf("bulletin bench: the first (cold: font, templates, POI loaded) in %.2f s%n",
                (System.nanoTime() - cold) / 1e9);

        long start = System.nanoTime();
        BulletinView issued = bulletins.issue(Actor.system(), new NewBulletin(city, "MONTH", month.from().toString(),
                month.to().toString(), null));
        double seconds = (System.nanoTime() - start) / 1e9;

        Bulletins.Document pdf = bulletins.document(Actor.system(), issued.id(), "pdf");
        Bulletins.Document xlsx = bulletins.document(Actor.system(), issued.id(), "xlsx");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes());
             XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            System.out.printf("bulletin bench: monthly bulletin %s of city %s with %d enterprises issued in %.2f s"
                            + " (PDF %d pages, %d KiB; workbook %d KiB)%n", issued.number(), city, ENTERPRISES,
                    seconds, doc.getNumberOfPages(), pdf.bytes().length / 1024, xlsx.bytes().length / 1024);
            assertThat(new PDFTextStripper().getText(doc)).contains(last.code());
            assertThat(book.getSheet("企业和点位").getLastRowNum()).isGreaterThanOrEqualTo(ENTERPRISES);
        }
    }
}
