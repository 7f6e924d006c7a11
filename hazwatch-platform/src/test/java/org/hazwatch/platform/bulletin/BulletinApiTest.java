package org.hazwatch.platform.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.bulletin.rules.BulletinPeriod;
import org.hazwatch.platform.bulletin.rules.DocumentNumber;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformTest
class BulletinApiTest {

    static final ZoneId SHANGHAI = BeijingTime.ZONE;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulletinSchedule schedule;

    @Autowired
    ApplicationEventPublisher events;

    MockMvcTester api;
    TestEnterprise plant;
    County county;

    @BeforeEach
    void aCountyWithAnEnterprise() {
        api = MockMvcTester.create(mvc);
        plant = TestEnterprises.importFresh(mvc);
        county = plant.county();
    }

    @Test
    void aMonthlyBulletinIsNumberedAndItsPdfAndWorkbookHoldTheFiguresOfTheReport() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        BulletinPeriod month = BulletinPeriod.monthBefore(today);
        MvcTestResult issued = issue(county.regulator(), county.code(), "MONTH", month.from(), month.to());

        String number = DocumentNumber.defaultPrefix(county.name()) + "〔" + today.getYear() + "〕1号";
        assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.number").isEqualTo(number);
        assertThat(issued).bodyJson().extractingPath("$.version").isEqualTo(1);
        String id = id(issued);

        MvcTestResult pdf = api.get().uri("/api/v1/bulletins/" + id + ".pdf").with(county.regulator()).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(county.name(), number, month.label(), "辖区内接入企业1家", plant.code(),
                    "晋城示范化工有限公司", county.name() + "应急管理局");
        }

        MvcTestResult xlsx = api.get().uri("/api/v1/bulletins/" + id + ".xlsx").with(county.regulator()).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("通报").getRow(0).getCell(1).getStringCellValue()).isEqualTo(number);
            Sheet points = book.getSheet("企业和点位");
            Row row = points.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(plant.code());
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).as("the enterprise's points, as in the PDF").isPositive();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'bulletin.issue' AND target_code = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(api.get().uri("/api/v1/bulletins?jurisdiction=" + county.code()).with(county.regulator()))
                .hasStatusOk().bodyJson().extractingPath("$[0].number").isEqualTo(number);
    }

    @Test
    void aCorrectionIsANewVersionWithTheSameNumberAndTheIssuedOneNeverChanges() throws Exception {
        BulletinPeriod month = BulletinPeriod.monthBefore(LocalDate.now(SHANGHAI));
        String first = id(issue(county.regulator(), county.code(), "MONTH", month.from(), month.to()));
        byte[] before = api.get().uri("/api/v1/bulletins/" + first + ".pdf").with(county.regulator()).exchange()
                .getResponse().getContentAsByteArray();

        MvcTestResult corrected = api.post().uri("/api/v1/bulletins").with(county.regulator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"corrects\":\"" + first + "\"}").exchange();

        assertThat(corrected).hasStatus(201).bodyJson().extractingPath("$.version").isEqualTo(2);
        assertThat(corrected).bodyJson().extractingPath("$.corrects").isEqualTo(first);
        String number = jdbc.sql("SELECT number FROM bulletin WHERE id = :id").param("id", UUID.fromString(first))
                .query(String.class).single();
        assertThat(corrected).bodyJson().extractingPath("$.number").isEqualTo(number);
        assertThat(api.get().uri("/api/v1/bulletins/" + first + ".pdf").with(county.regulator()).exchange()
                .getResponse().getContentAsByteArray()).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("UPDATE bulletin SET title = 'x' WHERE id = :id")
                .param("id", UUID.fromString(first)).update()).hasMessageContaining("never changes");
    }

    @Test
    void anotherCountysRegulatorGets404AndABadPeriodGets400WithEveryProblem() throws Exception {
        BulletinPeriod month = BulletinPeriod.monthBefore(LocalDate.now(SHANGHAI));
        String id = id(issue(county.regulator(), county.code(), "MONTH", month.from(), month.to()));
        County other = TestEnterprises.importFresh(mvc).county();

        assertThat(api.get().uri("/api/v1/bulletins/" + id + ".pdf").with(other.regulator())).hasStatus(404);
        assertThat(api.get().uri("/api/v1/bulletins/" + id + ".xlsx").with(other.regulator())).hasStatus(404);
        assertThat(api.get().uri("/api/v1/bulletins?jurisdiction=" + county.code()).with(other.regulator()))
                .hasStatus(404);
        assertThat(issue(other.regulator(), county.code(), "MONTH", month.from(), month.to())).hasStatus(404);

        LocalDate tuesday = BulletinPeriod.weekBefore(LocalDate.now(SHANGHAI)).from().plusDays(1);
        MvcTestResult bad = issue(county.regulator(), county.code(), "WEEK", tuesday,
                LocalDate.now(SHANGHAI).plusDays(10));
        assertThat(bad).hasStatus(400);
        assertThat(bad.getResponse().getContentAsString()).contains("周报须为周一至周日", "不得晚于今天");
        assertThat(jdbc.sql("SELECT count(*) FROM bulletin WHERE jurisdiction_code = :c")
                .param("c", county.code()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theScheduleIssuesTheWeeklyAndTheMonthlyBulletinOnAMondayTheFirstOnceFromEightOClock() {
        Instant before = Instant.parse("2027-02-28T23:59:00Z"); // 07:59 on Monday 1 March 2027 in Shanghai
        Instant eight = Instant.parse("2027-03-01T00:00:00Z");

        assertThat(schedule.issueDue(before, county.path())).isEmpty();
        List<BulletinView> issued = schedule.issueDue(eight, county.path());
        assertThat(issued).extracting(BulletinView::number).containsExactly(
                DocumentNumber.defaultPrefix(county.name()) + "〔2027〕1号",
                DocumentNumber.defaultPrefix(county.name()) + "〔2027〕2号");
        assertThat(issued).extracting(BulletinView::from, BulletinView::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 28)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
        assertThat(issued).allMatch(BulletinView::scheduled);

        assertThat(schedule.issueDue(eight.plusSeconds(3600), county.path())).as("never twice").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM bulletin WHERE jurisdiction_code = :c AND scheduled")
                .param("c", county.code()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theCitysBulletinGoesToTheCountyWithThePdfAndANamedEnterpriseGetsOnlyItsOwnParagraph() {
        String city = county.path().split("/")[1];
        LocalDate today = LocalDate.now(SHANGHAI);
        String id = id(issue(admin(), city, "CUSTOM", today.minusDays(6), today));

        Map<String, Object> toCounty = jdbc.sql("""
                        SELECT kind, attachment_id, attachment_name, subject FROM notification
                        WHERE idempotency_key = :key""").param("key", "bulletin:" + id + ":" + county.code())
                .query().singleRow();
        assertThat(toCounty).containsEntry("kind", "BULLETIN_ISSUED");
        assertThat((String) toCounty.get("attachment_id")).hasSize(64);
        assertThat((String) toCounty.get("attachment_name")).endsWith("〕1号.pdf");
        assertThat(deliveries("bulletin:" + id + ":" + county.code())).contains("feed→" + county.code());

        TestEnterprise second = TestEnterprises.importInto(mvc, county);
        UUID bulletin = UUID.randomUUID();
        events.publishEvent(new BulletinIssued(bulletin, "泽应急通报〔2026〕99号", 1, "测试通报", county.code(),
                county.name(), county.path(), List.of(),
                List.of(new BulletinIssued.Named(plant.code(), "甲", "甲企业本期4天未按时承诺。"),
                        new BulletinIssued.Named(second.code(), "乙", "乙企业无故离线30小时。")),
                null, "x.pdf", "/api/v1/bulletins/" + bulletin + ".pdf", Instant.now()));

        String mine = jdbc.sql("SELECT text FROM notification WHERE idempotency_key = :k")
                .param("k", "bulletin-named:" + bulletin + ":" + plant.code()).query(String.class).single();
        assertThat(mine).contains("甲企业本期4天未按时承诺。").doesNotContain("乙企业");
        assertThat(deliveries("bulletin-named:" + bulletin + ":" + plant.code()))
                .contains("sms-test→13800000001", "feed→" + plant.code());
    }

    @Test
    void theArchivePageIssuesOneOnDemandAndListsItWithItsDownloads() throws Exception {
        BulletinPeriod week = BulletinPeriod.weekBefore(LocalDate.now(SHANGHAI));
        MockHttpSession session = login(county.regulatorUsername());
        MvcTestResult posted = api.post().uri("/bulletins").session(session).with(csrf())
                .param("jurisdiction", county.code()).param("period", "WEEK")
                .param("from", week.from().toString()).param("to", week.to().toString()).exchange();
        assertThat(posted).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/bulletins?jurisdiction=" + county.code());

        String id = jdbc.sql("SELECT id::text FROM bulletin WHERE jurisdiction_code = :c AND period = 'WEEK'")
                .param("c", county.code()).query(String.class).single();
        MvcTestResult page = api.get().uri("/bulletins?jurisdiction=" + county.code()).session(session).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains(
                DocumentNumber.defaultPrefix(county.name()) + "〔", "周报", week.from() + " ~ " + week.to(),
                "/api/v1/bulletins/" + id + ".pdf", "/api/v1/bulletins/" + id + ".xlsx");
        County other = TestEnterprises.importFresh(mvc).county();
        assertThat(api.get().uri("/bulletins?jurisdiction=" + county.code())
                .session(login(other.regulatorUsername()))).hasStatus(404);
    }

    private MockHttpSession login(String username) {
        return (MockHttpSession) api.post().uri("/login").param("username", username)
                .param("password", org.hazwatch.platform.TestJurisdictions.PASSWORD).with(csrf()).exchange()
                .getRequest().getSession();
    }

    private List<String> deliveries(String notificationKey) {
        return jdbc.sql("""
                        SELECT d.channel || '→' || d.address FROM delivery d JOIN notification n ON n.id = d.notification_id
                        WHERE n.idempotency_key = :key""").param("key", notificationKey).query(String.class).list();
    }

    private MvcTestResult issue(RequestPostProcessor who, String jurisdiction, String period, LocalDate from,
                                LocalDate to) {
        return api.post().uri("/api/v1/bulletins").with(who).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"jurisdiction":"%s","period":"%s","from":"%s","to":"%s"}""".formatted(jurisdiction, period,
                        from, to)).exchange();
    }

    private static String id(MvcTestResult result) {
        try {
            assertThat(result).hasStatus(201);
            String body = result.getResponse().getContentAsString();
            return body.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
