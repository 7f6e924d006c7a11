package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.BeijingTime;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A red warning of the demo reaches whom the routing table names; the deliveries, feed and contacts APIs. */
@DemoTest
class NotifyApiTest {

    static final Actor ZEZHOU = new Actor("zezhou", Role.REGULATOR, "140525", "140000/140500/140525/", null);
    static final Actor GAOPING = new Actor("gaoping", Role.REGULATOR, "140581", "140000/140500/140581/", null);

    @Autowired
    NotifyFixture fixture;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationFeed feed;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Disposals disposals;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aRedWarningReachesTheDutyRoomCustodyPersonsRegulatorsOnDutyTheRobotAndTheFeed() {
        Instant t = Instant.parse("2026-06-20T02:00:00Z");
        List<FeedItem> zezhouSaw = new CopyOnWriteArrayList<>();
        List<FeedItem> gaopingSaw = new CopyOnWriteArrayList<>();
        try (var a = feed.subscribe(ZEZHOU, zezhouSaw::add); var b = feed.subscribe(GAOPING, gaopingSaw::add)) {
            UUID warning = fixture.raise(WarningLevel.RED, t);
            // the deadline the message shows is the handling case's own (disposal owns the deadlines)
            OffsetDateTime caseDeadline = disposals.one(ZEZHOU, warning).deadline();
            assertThat(caseDeadline).isNotNull();
            assertThat(jdbc.sql("SELECT sms_text FROM notification WHERE warning_id = :w AND kind = 'WARNING_RAISED'")
                    .param("w", warning).query(String.class).single())
                    .endsWith("请于" + DateTimeFormatter.ofPattern("MM-dd HH:mm")
                            .format(caseDeadline.atZoneSameInstant(BeijingTime.ZONE)) + "前签收处置。");
            assertThat(fixture.deliveriesOfWarning(warning)).extracting(NotifyFixture.Row::channel,
                    NotifyFixture.Row::address).containsExactlyInAnyOrder(
                    tuple("feed", "14052500001"),
                    tuple("robot-test", "泽州县应急值班群"),
                    tuple("sms-test", "0356-2500001"),
                    tuple("sms-test", "13900000100"),
                    tuple("sms-test", "13900000101"),
                    tuple("sms-test", "13900000102"),
                    tuple("sms-test", "13903562590"),
                    tuple("sms-test", "13903562591"),
                    tuple("sms-test", "13903562500"),
                    tuple("sms-test", "13903562501"),
                    tuple("sms-test", "13903560500"),
                    tuple("sms-test", "13903560501"));

            dispatcher.dispatch(t);
            await().atMost(Duration.ofSeconds(10)).until(() -> zezhouSaw.stream()
                    .anyMatch(i -> warning.equals(i.warningId())));
            assertThat(zezhouSaw).filteredOn(i -> warning.equals(i.warningId())).singleElement()
                    .satisfies(i -> {
                        assertThat(i.subject()).isEqualTo("【红色预警】晋城市恒泰氯碱化工有限公司 液氯储罐区");
                        assertThat(i.level()).isEqualTo("RED");
                    });
            assertThat(gaopingSaw).noneMatch(i -> warning.equals(i.warningId()));
            assertThat(feed.recent(ZEZHOU, 50)).anyMatch(i -> warning.equals(i.warningId()));
            assertThat(feed.recent(GAOPING, 50)).noneMatch(i -> warning.equals(i.warningId()));

            var mvc = MockMvcTester.create(mockMvc);
            assertThat(mvc.get().uri("/api/v1/warnings/{id}/deliveries", warning)
                    .with(httpBasic("zezhou", "Demo@2026"))).hasStatusOk().bodyJson()
                    .extractingPath("$[*].state").asArray().hasSize(12).containsOnly("DELIVERED");
            assertThat(mvc.get().uri("/api/v1/warnings/{id}/deliveries", warning)
                    .with(httpBasic("gaoping", "Demo@2026"))).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/notifications?enterprise=14052500001&kind=WARNING_RAISED")
                    .with(httpBasic("hengtai", "Demo@2026"))).hasStatusOk().bodyJson()
                    .extractingPath("$[*].warningId").asArray().contains(warning.toString());
            notifications.stopRepeating(warning);
        }
    }

    @Test
    void aDowngradeGoesToTheFeedOnlyAndALiftStopsTheReminders() {
        Instant t = Instant.parse("2026-06-21T02:00:00Z");
        UUID warning = fixture.raise(WarningLevel.ORANGE, t);
        fixture.publish(new WarningLevelChanged(warning, EnterpriseCode.of(NotifyFixture.HENGTAI),
                HazardSourceCode.of(NotifyFixture.CHLORINE_TANKS),
                NotifyFixture.HENGTAI_PATH, WarningLevel.ORANGE, WarningLevel.YELLOW, List.of(), t.plusSeconds(60)));
        fixture.publish(new WarningLifted(warning, EnterpriseCode.of(NotifyFixture.HENGTAI),
                HazardSourceCode.of(NotifyFixture.CHLORINE_TANKS),
                NotifyFixture.HENGTAI_PATH, WarningLevel.YELLOW, t.plusSeconds(120)));
        notifications.tick(t.plus(Duration.ofHours(2)));

        assertThat(fixture.kindsOfWarning(warning)).containsExactly("WARNING_RAISED", "WARNING_DOWNGRADED",
                "WARNING_LIFTED");
        assertThat(notifications.stopRepeating(warning)).as("already stopped by the lift").isFalse();
    }

    @Test
    void theFeedStreamsServerSentEventsOfTheEnterprisesTheUserSees() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/notify/feed"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "zezhou:Demo@2026".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data:")) {
                        lines.add(line.substring(5));
                    }
                }
            } catch (IOException e) {
                lines.add("closed");
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(lines.poll(10, TimeUnit.SECONDS)).contains("zezhou");
            Instant t = Instant.parse("2026-06-22T02:00:00Z");
            UUID warning = fixture.raise(WarningLevel.YELLOW, t);
            dispatcher.dispatch(t);
            String item = null;
            for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && item == null;
                 line = lines.poll(10, TimeUnit.SECONDS)) {
                item = line.contains(warning.toString()) ? line : null;
            }
            assertThat(item).contains("黄色预警", "\"kind\":\"WARNING_RAISED\"");
            notifications.stopRepeating(warning);
        } finally {
            response.body().close();
        }
        var mvc = MockMvcTester.create(mockMvc);
        assertThat(mvc.get().uri("/api/v1/notify/feed/recent").with(httpBasic("hengtai", "Demo@2026")))
                .hasStatusOk().bodyJson().extractingPath("$[*].enterpriseCode").asArray()
                .isNotEmpty().allMatch("14052500001"::equals);
    }

    @Test
    void aCountyManagesTheContactsOfItsNodesAndNoOneElses() {
        var mvc = MockMvcTester.create(mockMvc);
        String body = """
                [{"name": "高都镇值班员", "role": "值班员", "phone": "13903562507", "email": "zb@gaodu.example.cn"},
                 {"name": "高都镇副主任", "role": "副主任", "phone": "13903562509", "onDuty": false}]""";
        assertThat(mvc.put().uri("/api/v1/notify/contacts/140525107").with(httpBasic("zezhou", "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatusOk().bodyJson()
                .extractingPath("$[*].name").asArray().containsExactlyInAnyOrder("高都镇值班员", "高都镇副主任");
        assertThat(mvc.put().uri("/api/v1/notify/contacts/140525107").with(httpBasic("gaoping", "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/notify/contacts/140525107").with(httpBasic("zezhou", "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        [{"name": "", "role": "值班员", "phone": "12345"}]""")).hasStatus(400).bodyJson()
                .extractingPath("$.errors[*].field").asArray().contains("[0].name", "[0].phone");
        assertThat(mvc.get().uri("/api/v1/notify/contacts?jurisdiction=140525").with(httpBasic("zezhou", "Demo@2026")))
                .hasStatusOk().bodyJson().extractingPath("$[*].jurisdictionCode").asArray()
                .contains("140525", "140525107", "140525P01").doesNotContain("140500");
        assertThat(mvc.get().uri("/api/v1/audit?action=notify.contacts").with(httpBasic("zezhou", "Demo@2026")))
                .hasStatusOk().bodyJson().extractingPath("$[*].action").asArray().contains("notify.contacts");
    }
}
