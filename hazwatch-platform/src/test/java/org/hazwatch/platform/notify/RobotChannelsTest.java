package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hazwatch.platform.support.TcpPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class RobotChannelsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    private static final String SECRET = "SEC0123456789abcdef";

    private final HttpSmsFakeServer robot = new HttpSmsFakeServer();

    RobotChannelsTest() throws Exception {
    }

    @AfterEach
    void stop() {
        robot.close();
    }

    @Test
    void dingTalkGetsASignedUrlThatItsOwnCheckAcceptsAndAMarkdownMessage() throws Exception {
        robot.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");

        Delivery delivery = dingTalk().send(message("值班群", "【红色预警】某化工厂", "储罐区液位高高\n请立即处置"));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        HttpSmsFakeServer.Request request = robot.requests.get(0);
        Map<String, String> query = query(request.uri().getQuery());
        assertThat(query).containsEntry("access_token", "abc");
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertThat(Math.abs(timestamp - CLOCK.millis())).isLessThan(Duration.ofHours(1).toMillis());
        assertThat(query.get("sign")).isEqualTo(dingTalksOwnSignature(timestamp));
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.at("/markdown/title").asString()).isEqualTo("【红色预警】某化工厂");
        assertThat(body.at("/markdown/text").asString()).contains("储罐区液位高高", "请立即处置");
    }

    @Test
    void dingTalkThrottlingIsTriedAgainAndAKeywordOrSignatureRefusalIsNot() {
        DingTalkChannel channel = dingTalk();

        robot.answer(200, "{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}");
        assertThat(channel.send(message("值班群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        robot.answer(200, "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}");
        Delivery refused = channel.send(message("值班群", "t", "x"));

        assertThat(refused.outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(refused.detail()).isEqualTo("310000 keywords not in content");
    }

    @Test
    void aRobotThatIsNotConfiguredOrIsAnotherChannelsIsRefusedWithoutAnyRequest() {
        assertThat(dingTalk().send(message("别的群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(dingTalk().send(message("企业微信群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(robot.requests).isEmpty();
    }

    @Test
    void aRobotChannelIsOnWhenSwitchedOnAndOneOfTheNotifyRobotsIsItsOwn() {
        assertThat(dingTalk().enabled()).isTrue();
        NotifySettings onlyWeCom = ChannelSettingsFixture.robots(new NotifySettings.Robot("企业微信群", "wecom",
                robot.url("/cgi-bin/webhook/send?key=k2"), null, "140000/"));
        assertThat(new DingTalkChannel(ChannelSettingsFixture.withDingTalk(), onlyWeCom, JSON, CLOCK).enabled())
                .isFalse();
        assertThat(new WeComChannel(ChannelSettingsFixture.withWeCom(), onlyWeCom, JSON).enabled()).isTrue();
        // switched off: the wecom channel of these settings is off
        assertThat(new WeComChannel(ChannelSettingsFixture.withDingTalk(), onlyWeCom, JSON).enabled()).isFalse();
    }

    @Test
    void weComGetsAMarkdownMessageAndItsFrequencyLimitIsTriedAgain() {
        WeComChannel channel = new WeComChannel(ChannelSettingsFixture.withWeCom(), ChannelSettingsFixture.robots(
                new NotifySettings.Robot("值班群", "wecom", robot.url("/cgi-bin/webhook/send?key=k1"), null,
                        "140000/")), JSON);

        robot.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThat(channel.send(message("值班群", "【红色预警】", "请处置")).outcome())
                .isEqualTo(Delivery.Outcome.DELIVERED);
        JsonNode body = JSON.readTree(robot.requests.get(0).body());
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.at("/markdown/content").asString()).isEqualTo("**【红色预警】**\n请处置");
        assertThat(robot.requests.get(0).uri().getQuery()).isEqualTo("key=k1");

        robot.answer(200, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        assertThat(channel.send(message("值班群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        robot.answer(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
        assertThat(channel.send(message("值班群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.REJECTED);
    }

    @Test
    void serverErrorsUnreadableRepliesAndAnAbsentRobotAreTriedAgain() {
        DingTalkChannel channel = dingTalk();

        robot.answer(502, "bad gateway");
        assertThat(channel.send(message("值班群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        robot.answer(200, "<html>proxy</html>");
        assertThat(channel.send(message("值班群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        robot.answer(404, "{}");
        assertThat(channel.send(message("值班群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.REJECTED);

        DingTalkChannel nowhere = new DingTalkChannel(ChannelSettingsFixture.withDingTalk(),
                ChannelSettingsFixture.robots(new NotifySettings.Robot("值班群", "dingtalk",
                        "http://127.0.0.1:" + TcpPorts.anyFree() + "/robot/send", null, "140000/")), JSON, CLOCK);
        assertThat(nowhere.send(message("值班群", "t", "x")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
    }

    private DingTalkChannel dingTalk() {
        return new DingTalkChannel(ChannelSettingsFixture.withDingTalk(), ChannelSettingsFixture.robots(
                new NotifySettings.Robot("值班群", "dingtalk", robot.url("/robot/send?access_token=abc"), SECRET,
                        "140000/"),
                new NotifySettings.Robot("企业微信群", "wecom", robot.url("/cgi-bin/webhook/send?key=k2"), null,
                        "140000/")), JSON, CLOCK);
    }

    /** As DingTalk's documentation computes it, independently of the channel's code. */
    private static String dingTalksOwnSignature(long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> query(String query) {
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    private static OutgoingMessage message(String robotName, String subject, String text) {
        return new OutgoingMessage("w-1/dingtalk/" + robotName, "dingtalk", robotName, subject, text, CLOCK.instant());
    }
}
