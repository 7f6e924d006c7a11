package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.bulletin.Bulletins;
import org.hazwatch.platform.bulletin.NewBulletin;
import org.hazwatch.platform.inspection.NewRectification;
import org.hazwatch.platform.inspection.Patrols;
import org.hazwatch.platform.inspection.Rectifications;
import org.hazwatch.platform.inspection.rules.PatrolEntry;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.PatrolResult;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.quality.DataQuality;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The city's side of supervision's cascade (docs/CASCADE.md, supervision), against a stand-in province on a free
 * port that takes every batch and hands out the orders a test gives it: each kind is queued once, in the transaction
 * of its change (a change rolled back queues nothing), and sent; a spot check and the order it opened, fetched again
 * and again, are made once, shown in the patrol list and the ledger as the province's, and only the order's
 * handling goes back up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CascadeSupervisionCityTest {

    static final StandInProvince PROVINCE = StandInProvince.start();

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("hazwatch.cascade.upstream-url", PROVINCE::url);
        // no such node here: the province's orders are made as the platform admin 省级平台/<who>
        registry.add("hazwatch.cascade.platform-code", () -> "990100");
        registry.add("hazwatch.cascade.secret", () -> "stand-in-secret");
        registry.add("hazwatch.cascade.period", () -> "200ms");
        registry.add("hazwatch.cascade.retry-max", () -> "1s");
        // the quality job stays out of the way: the test stores the days it counts itself
        registry.add("hazwatch.quality.first-look", () -> "1d");
        registry.add("hazwatch.quality.check-every", () -> "1d");
    }

    @AfterAll
    static void stop() {
        PROVINCE.server.stop(0);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Patrols patrols;
    @Autowired
    Rectifications rectifications;
    @Autowired
    DataQuality quality;
    @Autowired
    Bulletins bulletins;

    @Test
    void eachKindIsQueuedOnceInTheTransactionOfItsChangeAndNothingWhenItRollsBack() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        String enterprise = TestEnterprises.importInto(mvc, county).code();
        Actor regulator = new Actor(county.regulatorUsername(), Role.REGULATOR, county.code(), county.path(), null);

        String patrol = JsonPath.read(created(post("/api/v1/patrols").with(county.regulator()), """
                {"enterpriseCode":"%s","items":[{"item":"COMMITMENT","result":"ABNORMAL","note":"未承诺"}]}"""
                .formatted(enterprise)), "$.id");
        String order = JsonPath.read(created(post("/api/v1/rectifications").with(county.regulator()), """
                {"enterpriseCode":"%s","patrolId":"%s","item":"COMMITMENT","problem":"补做承诺"}"""
                .formatted(enterprise, patrol)), "$.id");
        LocalDate yesterday = LocalDate.now(BeijingTime.ZONE).minusDays(1);
        transaction.executeWithoutResult(s -> quality.computeAndStore(yesterday));
        String bulletin = JsonPath.read(created(post("/api/v1/bulletins").with(county.regulator()), """
                {"jurisdiction":"%s","period":"CUSTOM","from":"%s","to":"%s"}""".formatted(county.code(),
                yesterday.minusDays(6), yesterday)), "$.id");

        assertThat(queued("PATROL", patrol)).isEqualTo(1);
        assertThat(queued("RECTIFICATION", order)).isEqualTo(1);
        assertThat(queued("QUALITY_DAY", enterprise + "/" + yesterday)).isEqualTo(1);
        assertThat(queued("BULLETIN", bulletin)).isEqualTo(1);

        UUID[] undone = new UUID[2];
        transaction.executeWithoutResult(s -> {
            undone[0] = patrols.record(regulator, new Patrols.NewPatrol(enterprise, null, List.of(new PatrolEntry(
                    PatrolItem.CUSTODY, PatrolResult.ABNORMAL, "回滚")), null)).id();
            undone[1] = rectifications.issue(regulator, new NewRectification(enterprise, null, PatrolItem.CUSTODY,
                    "回滚", null)).id();
            quality.computeAndStore(yesterday.minusDays(1));
            s.setRollbackOnly();
        });
        assertThat(queued("PATROL", undone[0].toString())).isZero();
        assertThat(queued("RECTIFICATION", undone[1].toString())).isZero();
        assertThat(queued("QUALITY_DAY", enterprise + "/" + yesterday.minusDays(1))).isZero();
        long bulletinsQueued = jdbc.sql("SELECT count(*) FROM cascade_outbox WHERE kind = 'BULLETIN'")
                .query(Long.class).single();
        transaction.executeWithoutResult(s -> {
            bulletins.issue(regulator, new NewBulletin(county.code(), "CUSTOM", yesterday.minusDays(3).toString(),
                    yesterday.toString(),
                    null));
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_outbox WHERE kind = 'BULLETIN'").query(Long.class)
                .single()).isEqualTo(bulletinsQueued);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(PROVINCE.received("patrols")).contains(patrol);
            assertThat(PROVINCE.received("rectifications")).contains(order, "\"timeline\"");
            assertThat(PROVINCE.received("quality-days")).contains(enterprise + "/" + yesterday);
            assertThat(PROVINCE.received("bulletins")).contains(bulletin, "pdfBytes", "xlsxBytes");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_outbox WHERE object_id IN (:ids) AND sent_at IS NULL")
                .param("ids", List.of(patrol, order, bulletin)).query(Long.class).single()).isZero();
    }

    @Test
    void aSpotCheckFromTheProvinceIsMadeOnceAndShowsInThePatrolListAndTheLedger() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        String enterprise = TestEnterprises.importInto(mvc, county).code();
        UUID check = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String today = LocalDate.now(BeijingTime.ZONE).toString();
        OffsetDateTime now = OffsetDateTime.now(BeijingTime.ZONE);
        Map<String, Object> record = Map.of("id", check.toString(), "enterpriseCode", enterprise, "kind", "SPOT_CHECK",
                "day", today, "items", List.of(Map.of("item", "COMMITMENT", "result", "ABNORMAL", "note", "未承诺",
                        "evidence", "截止 09:00 未承诺")), "note", "省级抽查", "snapshots", List.of(),
                "recordedBy", "shanxi-duty", "recordedAt", Instant.now().minusSeconds(60).toString());
        Map<String, Object> opened = Map.of("item", "COMMITMENT", "problem", "补做今日安全承诺",
                "deadline", now.plusDays(1).toString(), "issuedAt", now.minusSeconds(30).toString(),
                "patrolId", check.toString());
        PROVINCE.orders.set(json.writeValueAsString(Map.of("orders", List.of(
                order(1, "SPOT_CHECK", enterprise, check, record), order(2, "RECTIFICATION", enterprise, order,
                        opened)))));
        int fetched = PROVINCE.orderFetches.get();
        await().atMost(Duration.ofSeconds(60)).until(() -> PROVINCE.orderFetches.get() >= fetched + 3);

        String list = body(mvc.perform(get("/api/v1/patrols?jurisdiction=" + county.code() + "&day=" + today)
                .with(county.regulator())).andReturn());
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.id=='" + check + "')].recordedBy"))
                .as("once, though fetched again and again").containsExactly("省级平台/shanxi-duty");
        String ledger = body(mvc.perform(get("/api/v1/rectifications?enterprise=" + enterprise)
                .with(county.regulator())).andReturn());
        assertThat(JsonPath.<List<String>>read(ledger, "$[*].id")).containsExactly(order.toString());
        assertThat(JsonPath.<List<String>>read(ledger, "$[*].issuedBy")).containsExactly("省级平台/shanxi-duty");
        assertThat(JsonPath.<List<String>>read(ledger, "$[*].patrolId")).containsExactly(check.toString());
        assertThat(queued("PATROL", check.toString())).as("the province has its spot check").isZero();
        assertThat(queued("RECTIFICATION", order.toString())).isEqualTo(1);

        MvcResult answered = mvc.perform(post("/api/v1/rectifications/" + order + "/answer").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"measures\":\"已补做承诺\"}")).andReturn();
        assertThat(answered.getResponse().getStatus()).as(body(answered)).isEqualTo(200);
        assertThat(queued("RECTIFICATION", order.toString())).isEqualTo(2);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(PROVINCE.received("rectifications"))
                .contains("已补做承诺"));
    }

    private static Map<String, Object> order(long seq, String kind, String enterprise, UUID id, Object body) {
        return Map.of("seq", seq, "kind", kind, "enterpriseCode", enterprise, "orderedBy", "shanxi-duty",
                "orderedAt", OffsetDateTime.now().toString(), "objectId", id.toString(), "body", body);
    }

    private long queued(String kind, String id) {
        return jdbc.sql("SELECT count(*) FROM cascade_outbox WHERE kind = :kind AND object_id = :id")
                .param("kind", kind).param("id", id).query(Long.class).single();
    }

    private String created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                           String content) throws Exception {
        MvcResult result = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(content)).andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(201);
        return body(result);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A province that takes every batch and answers the orders it is given; it keeps what it was sent. */
    static final class StandInProvince {

        final HttpServer server;
        final Queue<String[]> sent = new ConcurrentLinkedQueue<>();
        final AtomicReference<String> orders = new AtomicReference<>("{\"orders\":[]}");
        final AtomicInteger orderFetches = new AtomicInteger();

        private StandInProvince(HttpServer server) {
            this.server = server;
        }

        static StandInProvince start() {
            try {
                StandInProvince province = new StandInProvince(HttpServer.create(
                        new InetSocketAddress("127.0.0.1", 0), 0));
                province.server.createContext("/api/v1/cascade/", exchange -> {
                    String kind = exchange.getRequestURI().getPath().substring("/api/v1/cascade/".length());
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    String reply;
                    if (kind.equals("orders")) {
                        province.orderFetches.incrementAndGet();
                        reply = province.orders.get();
                    } else {
                        province.sent.add(new String[] {kind, body});
                        reply = "{\"accepted\":1,\"duplicates\":0}";
                    }
                    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    exchange.getResponseBody().write(bytes);
                    exchange.close();
                });
                province.server.start();
                return province;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String received(String kind) {
            StringBuilder all = new StringBuilder();
            sent.stream().filter(s -> s[0].equals(kind)).forEach(s -> all.append(s[1]).append('\n'));
            return all.toString();
        }
    }
}
