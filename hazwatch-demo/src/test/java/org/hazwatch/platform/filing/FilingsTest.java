package org.hazwatch.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.filing.rules.FilingRequest;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingStatus;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.telemetry.EnterpriseWentOffline;
import org.hazwatch.platform.telemetry.PointWentOffline;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Filings against the demo enterprises, with offline events sent to the alarm engine as the presence watch would. */
@DemoTest
@RecordApplicationEvents
class FilingsTest {

    @Autowired
    Filings filings;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mockMvc;

    static Actor adminOf(String enterprise) {
        return new Actor(enterprise + "-admin", Role.ENTERPRISE_ADMIN, null, null, enterprise);
    }

    @Test
    void aFilingSuppressesOfflineAlarmsAndViolationsForExactlyItsPointsAndPeriod() {
        String e = "14052500002";
        String filed = "14052500002001G0001YW001";
        String earlier = "14052500002001G0001WD001";
        String other = "14052500002002G0001YW001";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FilingView current = filings.submit(adminOf(e), e, new FilingRequest(FilingType.MAINTENANCE,
                FilingScope.POINTS, List.of(filed), now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(4)),
                "1号储罐检修"));
        filings.submit(adminOf(e), e, new FilingRequest(FilingType.EQUIPMENT_FAILURE, FilingScope.POINTS,
                List.of(earlier), now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(2)), "液位计故障"));

        for (String point : List.of(filed, earlier, other)) {
            publisher.publishEvent(new PointWentOffline(PointCode.of(point), null, now));
        }
        publisher.publishEvent(new EnterpriseWentOffline(EnterpriseCode.of(e), null, now));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(java.util.Arrays.asList(offlineState(e, filed), offlineState(e, earlier),
                    offlineState(e, other), offlineState(e, null)))
                    .containsExactly("OUT_OF_SERVICE", "UNACKNOWLEDGED", "UNACKNOWLEDGED", "UNACKNOWLEDGED");
        });
        assertThat(filings.coveredAt(e, filed, now)).isTrue();
        assertThat(filings.coveredAt(e, filed, current.from())).isTrue();
        assertThat(filings.coveredAt(e, filed, current.until())).isFalse();
        assertThat(filings.coveredAt(e, filed, current.from().minusSeconds(1))).isFalse();
        assertThat(filings.coveredAt(e, earlier, now)).isFalse();
        assertThat(filings.coveredAt(e, earlier, now.minus(Duration.ofHours(3)))).isTrue();
        assertThat(filings.coveredAt(e, other, now)).isFalse();
        assertThat(filings.coveredAt(e, null, now)).isFalse();
        assertThat(events.stream(FilingSubmitted.class)).extracting(FilingSubmitted::filingId).contains(current.id());
    }

    @Test
    void aFilingForAHazardSourceCoversItsPointsAndOneForTheWholeEnterpriseItsGatewayToo() {
        FilingView source = filings.submit(adminOf("14052500001"), "14052500001", new FilingRequest(
                FilingType.SHUTDOWN, FilingScope.HAZARD_SOURCES, List.of("14052500001002"),
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), "二号罐区停产"));
        assertThat(source.pointCodes()).isNotEmpty().allMatch(p -> p.startsWith("14052500001002"));
        assertThat(filings.coveredAt("14052500001", "14052500001001G0001YW001", Instant.now())).isFalse();

        String e = "14052500004";
        Instant now = Instant.now();
        filings.submit(adminOf(e), e, new FilingRequest(FilingType.NETWORK_OUTAGE, FilingScope.ENTERPRISE, null,
                now.minusSeconds(60), now.plusSeconds(3600), "光缆施工"));
        publisher.publishEvent(new EnterpriseWentOffline(EnterpriseCode.of(e), null, now));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(offlineState(e, null)).isEqualTo("OUT_OF_SERVICE"));
        assertThat(filings.coveredAt(e, null, now)).isTrue();
        assertThat(filings.coveredAt(e, "14052500004001G0001YW001", now)).isTrue();
    }

    @Test
    void theCountyIsToldAndAcknowledgesOrQueriesAndAWithdrawalEndsTheCover() throws Exception {
        var mvc = MockMvcTester.create(mockMvc);
        var filed = mvc.post().uri("/api/v1/enterprises/14052500001/filings")
                .with(httpBasic("hengtai-admin", "Demo@2026")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "MAINTENANCE", "scope": "POINTS", "targets": ["14052500001001G0001WD001"],
                         "from": "%s", "until": "%s", "reason": "温度计校验"}"""
                        .formatted(Instant.now().minusSeconds(600), Instant.now().plusSeconds(7200))).exchange();
        assertThat(filed).hasStatus(201);
        String id = filed.getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        assertThat(mvc.get().uri("/api/v1/filings?jurisdiction=140525&active=true").with(httpBasic("zezhou", "Demo@2026")))
                .hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().contains(id);
        assertThat(mvc.get().uri("/api/v1/filings/" + id).with(httpBasic("gaoping", "Demo@2026"))).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/filings/" + id + "/acknowledge").with(httpBasic("hengtai-admin", "Demo@2026")))
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/filings/" + id + "/query").with(httpBasic("zezhou", "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"检修方案请上传\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("QUERIED");
        assertThat(events.stream(FilingQueried.class)).extracting(FilingQueried::question).contains("检修方案请上传");

        assertThat(filings.coveredAt("14052500001", "14052500001001G0001WD001", Instant.now())).isTrue();
        var withdrawn = mvc.post().uri("/api/v1/filings/" + id + "/withdraw")
                .with(httpBasic("hengtai-admin", "Demo@2026"));
        assertThat(withdrawn).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo(FilingStatus.WITHDRAWN.name());
        assertThat(filings.coveredAt("14052500001", "14052500001001G0001WD001", Instant.now().plusSeconds(1)))
                .isFalse();
        assertThat(filings.coveredAt("14052500001", "14052500001001G0001WD001", Instant.now().minusSeconds(300)))
                .isTrue();
    }

    @Test
    void aFilingNamingAnUnregisteredPointIsRefusedAndTakesNothingOutOfService() {
        var response = MockMvcTester.create(mockMvc).post().uri("/api/v1/enterprises/14052500001/filings")
                .with(httpBasic("hengtai-admin", "Demo@2026")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "MAINTENANCE", "scope": "POINTS", "targets": ["14052500001001G0009WD009"],
                         "from": "2026-12-01T08:00:00+08:00", "until": "2026-12-01T12:00:00+08:00",
                         "reason": "检修"}""");
        assertThat(response).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("targets[0]");
    }

    private String offlineState(String enterprise, String point) {
        return jdbc.sql("""
                SELECT state FROM alarm_episode WHERE enterprise_code = :e
                  AND kind = :kind AND point_code IS NOT DISTINCT FROM :p ORDER BY raised_at DESC LIMIT 1""")
                .param("e", enterprise).param("p", point)
                .param("kind", point == null ? "ENTERPRISE_OFFLINE" : "POINT_OFFLINE")
                .query(String.class).optional().orElse(null);
    }
}
