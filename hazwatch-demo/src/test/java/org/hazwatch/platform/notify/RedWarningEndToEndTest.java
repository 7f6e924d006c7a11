package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.disposal.DisposalWatch;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 6 end to end, on the demo: readings beyond HH over the signed HTTP contract → alarms → a red warning of
 * 晋丰煤化工's 液氨储罐区 → its handling case and outbox in the same go → who gets what → the sign-for deadline
 * missed three times up the ladder (principal, park and county, city), each rung reaching only its own people →
 * sign-for stops the reminders → feedback → verification → closed, on one timeline.
 */
@DemoTest
class RedWarningEndToEndTest {

    static final String JINFENG = "14052500002";
    static final String GATEWAY = "1405250000201";
    static final String AMMONIA_TANKS = "14052500002001";
    static final String PRESSURE = "14052500002001G0001YL001";
    static final String TEMPERATURE = "14052500002001G0001WD001";
    static final String PASSWORD = "Demo@2026";

    // 晋丰煤化工 (demo/enterprises/14052500002.json): duty room, principal 林建军 (also a custody person of the
    // tank farm), safety manager 何丽娟 (also one), custody person 郭立新
    static final String DUTY_ROOM = "0356-2500002";
    static final String PRINCIPAL = "13900000200";
    static final String SAFETY_MANAGER = "13900000201";
    static final String CUSTODY_OPERATIONS = "13900000202";
    // regulators on duty (DemoContacts): 巴公化工园区 (the enterprise's "town"), 泽州县, 晋城市
    static final List<String> PARK = List.of("13903562590", "13903562591");
    static final List<String> COUNTY = List.of("13903562500", "13903562501");
    static final List<String> CITY = List.of("13903560500", "13903560501");
    static final String ROBOT = "泽州县应急值班群";

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Registry registry;
    @Autowired
    Warnings warnings;
    @Autowired
    DisposalWatch watch;
    @Autowired
    Notifications notifications;
    @Autowired
    RecordingChannel smsTestChannel;

    @Test
    void aRedWarningFromRealAlarmsReachesTheRightPeopleAtEveryRungAndIsHandledToClosure() throws Exception {
        assertThat(warnings.standing(JINFENG)).as("no warning on the tank farm yet")
                .noneMatch(w -> AMMONIA_TANKS.equals(w.hazardSourceCode()));

        // 1. two points of the 1# ammonia sphere beyond HH, over the signed HTTP ingest contract; two readings
        // each, 70 s apart, so that the on-delays (pressure 15 s, temperature 60 s) are served
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        OffsetDateTime before = at.minusSeconds(70);
        byte[] body = WireJson.encode(new ReadingBatch(JINFENG, GATEWAY, "e2e-red-1", List.of(
                new Reading(PRESSURE, before, 2.28, Quality.GOOD),
                new Reading(TEMPERATURE, before, 51.9, Quality.GOOD),
                new Reading(PRESSURE, at, 2.31, Quality.GOOD),
                new Reading(TEMPERATURE, at, 52.4, Quality.GOOD))));
        var request = post("/api/v1/ingest/readings").contentType(MediaType.APPLICATION_JSON).content(body);
        new RequestSigner(registry.gateway(GATEWAY).orElseThrow().secret())
                .headers(GATEWAY, System.currentTimeMillis(), body).forEach(request::header);
        assertThat(mvc().perform(request)).hasStatusOk().bodyJson().extractingPath("$.accepted").isEqualTo(4);

        await().atMost(Duration.ofSeconds(20)).until(() -> warnings.standing(JINFENG).stream()
                .anyMatch(w -> AMMONIA_TANKS.equals(w.hazardSourceCode()) && w.level() == WarningLevel.RED));
        WarningView warning = warnings.standing(JINFENG).stream()
                .filter(w -> AMMONIA_TANKS.equals(w.hazardSourceCode())).findFirst().orElseThrow();
        UUID id = warning.id();
        Instant raised = warning.raisedAt().toInstant();
        assertThat(warning.factors()).extracting("code").containsExactly("INHERENT_LEVEL", "ALARM_HH_LL");
        assertThat(warning.score()).isEqualTo(80);
        assertThat(warnings.history(Actor.system(), id)).extracting("kind").first().isEqualTo("RAISED");

        // 2. the case and the outbox were written with the warning
        assertThat(get(id, "disposal", "jinfeng")).hasStatusOk().bodyJson().extractingPath("$.state")
                .isEqualTo("PUSHED");
        List<DeliveryView> first = deliveries(id);
        assertThat(first).allMatch(d -> d.kind().equals("WARNING_RAISED"))
                .extracting(DeliveryView::channel, DeliveryView::address).containsExactlyInAnyOrder(
                        tuple("feed", JINFENG),
                        tuple("robot-test", ROBOT),
                        tuple("sms-test", DUTY_ROOM),
                        tuple("sms-test", PRINCIPAL),
                        tuple("sms-test", SAFETY_MANAGER),
                        tuple("sms-test", CUSTODY_OPERATIONS),
                        tuple("sms-test", PARK.get(0)), tuple("sms-test", PARK.get(1)),
                        tuple("sms-test", COUNTY.get(0)), tuple("sms-test", COUNTY.get(1)),
                        tuple("sms-test", CITY.get(0)), tuple("sms-test", CITY.get(1)));
        assertThat(first).allMatch(d -> d.state().equals("PENDING"));
        assertThat(get(id, "deliveries", "zezhou")).hasStatusOk().bodyJson().extractingPath("$[*].address")
                .asArray().hasSize(12).contains(DUTY_ROOM, PRINCIPAL, ROBOT);
        assertThat(get(id, "deliveries", "gaoping")).hasStatus(404);

        notifications.tick(Instant.now());
        assertThat(deliveries(id)).allMatch(d -> d.state().equals("DELIVERED"));
        assertThat(smsTo(id, DUTY_ROOM)).singleElement().asString()
                .contains("红色预警", "山西晋丰煤化工有限责任公司", "液氨储罐区");

        // 3. nobody signs for it: the ladder, one rung at a time
        assertThat(watch.tick(raised.plus(Duration.ofMinutes(14)))).as("before the deadline").isGreaterThanOrEqualTo(0);
        assertThat(escalations(id)).isEmpty();

        watch.tick(raised.plus(Duration.ofMinutes(16)));
        notifications.tick(raised.plus(Duration.ofMinutes(16)));
        assertThat(escalations(id)).allMatch(d -> d.state().equals("DELIVERED"))
                .extracting(DeliveryView::channel, DeliveryView::address, DeliveryView::recipientRole)
                .containsExactlyInAnyOrder(
                        tuple("sms-test", PRINCIPAL, "主要负责人"),
                        tuple("feed", JINFENG, "站内消息"));
        assertThat(smsTo(id, PRINCIPAL)).filteredOn(t -> t.contains("逾期")).singleElement().asString()
                .contains("签收逾期", "已逐级上报");

        // the SMS gateway is down when the second rung falls due: nothing lost, nothing doubled once it is back
        watch.tick(raised.plus(Duration.ofMinutes(46)));
        smsTestChannel.down(true);
        try {
            notifications.tick(raised.plus(Duration.ofMinutes(46)));
        } finally {
            smsTestChannel.down(false);
        }
        assertThat(escalations(id)).filteredOn(d -> COUNTY.contains(d.address()) || PARK.contains(d.address()))
                .hasSize(4).allMatch(d -> d.state().equals("RETRY"));
        notifications.tick(raised.plus(Duration.ofMinutes(47)));
        notifications.tick(raised.plus(Duration.ofMinutes(50)));
        assertThat(escalations(id)).filteredOn(d -> d.channel().equals("sms-test"))
                .allMatch(d -> smsTestChannel.acceptedTimes(d.idempotencyKey()) == 1);
        assertThat(escalations(id)).allMatch(d -> d.state().equals("DELIVERED"))
                .extracting(DeliveryView::channel, DeliveryView::address).containsExactlyInAnyOrder(
                        tuple("sms-test", PRINCIPAL), tuple("feed", JINFENG),
                        tuple("sms-test", PARK.get(0)), tuple("sms-test", PARK.get(1)),
                        tuple("sms-test", COUNTY.get(0)), tuple("sms-test", COUNTY.get(1)),
                        tuple("robot-test", ROBOT), tuple("feed", JINFENG));
        assertThat(smsTo(id, COUNTY.get(0))).filteredOn(t -> t.contains("逾期")).hasSize(1);
        assertThat(smsTo(id, CITY.get(0))).noneMatch(t -> t.contains("逾期"));

        watch.tick(raised.plus(Duration.ofMinutes(76)));
        notifications.tick(raised.plus(Duration.ofMinutes(76)));
        assertThat(escalations(id)).hasSize(11).allMatch(d -> d.state().equals("DELIVERED"))
                .filteredOn(d -> d.notificationId().equals(lastEscalation(id)))
                .extracting(DeliveryView::channel, DeliveryView::address).as("the city, and not the county's robot")
                .containsExactlyInAnyOrder(tuple("sms-test", CITY.get(0)), tuple("sms-test", CITY.get(1)),
                        tuple("feed", JINFENG));
        assertThat(smsTo(id, CITY.get(1))).filteredOn(t -> t.contains("逾期")).hasSize(1);
        assertThat(smsTo(id, PRINCIPAL)).filteredOn(t -> t.contains("逾期")).as("each rung once").hasSize(1);
        watch.tick(raised.plus(Duration.ofMinutes(120)));
        assertThat(escalations(id)).as("the ladder has three rungs").hasSize(11);

        // the repeat reminder ran while nobody signed for it: duty room and custody persons, every 15 minutes
        List<DeliveryView> reminders = ofKind(id, "WARNING_REPEAT");
        assertThat(reminders).extracting(DeliveryView::address).filteredOn(DUTY_ROOM::equals).hasSize(3);
        assertThat(reminders).extracting(DeliveryView::address).doesNotContainAnyElementsOf(COUNTY);

        // 4. sign for, feedback, verification → closed
        assertThat(action(id, "sign-for", "jinfeng", "")).hasStatusOk().bodyJson().extractingPath("$.state")
                .isEqualTo("SIGNED_FOR");
        notifications.tick(raised.plus(Duration.ofMinutes(125)));
        assertThat(ofKind(id, "WARNING_REPEAT")).as("no reminder after the sign-for").hasSameSizeAs(reminders);

        assertThat(action(id, "feedback", "jinfeng", """
                {"cause": "PROCESS_FLUCTUATION", "measures": "启动球罐喷淋降温，倒罐至 2# 球罐，压力回落至 1.6 MPa"}"""))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("FED_BACK");
        assertThat(action(id, "verify", "zezhou", "{\"passed\": true, \"comment\": \"现场核实，压力已恢复\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("CLOSED");

        // the timeline, oldest first. The platform's clock is real: the sign-for and what follows happened now,
        // while the missed deadlines are the instants this test passed to the watch (16, 46, 76 minutes after the
        // raise) — so the escalations stand after the closure here, where in life they come before the sign-for.
        MvcTestResult timeline = get(id, "timeline", "zezhou");
        assertThat(timeline).hasStatusOk().bodyJson().extractingPath("$[*].kind").asArray().containsExactly(
                "RAISED", "SIGNED_FOR", "FEEDBACK", "VERIFIED", "CLOSED", "ESCALATED", "ESCALATED", "ESCALATED");
        assertThat(timeline).bodyJson().extractingPath("$[0].sentence").asString().contains("预警产生（红色）");
        assertThat(timeline).bodyJson().extractingPath("$[1].text").asString().contains("jinfeng", "签收");
        assertThat(timeline).bodyJson().extractingPath("$[3].who").asString().contains("zezhou");
        assertThat(timeline).bodyJson().extractingPath("$[5:].text").asArray().containsExactly(
                "签收超时，已升级至企业主要负责人", "签收超时，已升级至乡镇和县级监管部门", "签收超时，已升级至市级监管部门");
        assertThat(timeline).bodyJson().extractingPath("$[5:].at").asArray().extracting(a -> OffsetDateTime
                .parse(a.toString()).toInstant()).containsExactly(raised.plus(Duration.ofMinutes(16)),
                raised.plus(Duration.ofMinutes(46)), raised.plus(Duration.ofMinutes(76)));
    }

    private List<String> smsTo(UUID warning, String phone) {
        List<String> keys = deliveries(warning).stream().filter(d -> d.address().equals(phone))
                .map(DeliveryView::idempotencyKey).toList();
        return smsTestChannel.messages().stream().filter(m -> keys.contains(m.idempotencyKey()))
                .map(OutgoingMessage::text).toList();
    }

    private UUID lastEscalation(UUID warning) {
        List<DeliveryView> all = escalations(warning);
        return all.stream().max(Comparator.comparing(DeliveryView::nextAttemptAt)).orElseThrow()
                .notificationId();
    }

    private List<DeliveryView> escalations(UUID warning) {
        return ofKind(warning, "DISPOSAL_ESCALATED");
    }

    private List<DeliveryView> ofKind(UUID warning, String kind) {
        return deliveries(warning).stream().filter(d -> d.kind().equals(kind)).toList();
    }

    private List<DeliveryView> deliveries(UUID warning) {
        return notifications.deliveriesOf(Actor.system(), warning);
    }

    private MvcTestResult action(UUID id, String action, String login, String body) {
        return mvc().post().uri("/api/v1/warnings/{id}/" + action, id).with(httpBasic(login, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(UUID id, String what, String login) {
        return mvc().get().uri("/api/v1/warnings/{id}/" + what, id).with(httpBasic(login, PASSWORD)).exchange();
    }

    private MockMvcTester mvc() {
        return MockMvcTester.create(mockMvc);
    }
}
