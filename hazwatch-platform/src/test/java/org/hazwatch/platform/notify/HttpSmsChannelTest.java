package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.notify.rules.RobotSignature;
import org.hazwatch.platform.support.TcpPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class HttpSmsChannelTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    private static final String ALIYUN_STYLE_BODY = """
            {"PhoneNumbers":"${phone}","SignName":"某市应急管理局","TemplateCode":"SMS_0001",\
            "TemplateParam":"{\\"text\\":\\"${text|json}\\"}","OutId":"${idempotencyKey}"}""";

    private final HttpSmsFakeServer gateway = new HttpSmsFakeServer();

    HttpSmsChannelTest() throws Exception {
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void rendersTheConfiguredRequestWithEachValueEscapedForWhereItLands() {
        gateway.answer(200, "{\"Code\":\"OK\",\"BizId\":\"900619746936498440^0\",\"Message\":\"OK\"}");
        String text = "【红色预警】\"储罐区\"液位\n高高报警\\请处置";

        Delivery delivery = channel(aliyunStyle(gateway.url("/?Action=SendSms&Stamp=${timestampIso}"), "", ""))
                .send(message(text));

        assertThat(delivery).isEqualTo(Delivery.delivered("900619746936498440^0"));
        HttpSmsFakeServer.Request request = gateway.requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri().getRawQuery()).isEqualTo("Action=SendSms&Stamp=2026-11-30T08%3A00%3A00Z");
        assertThat(request.headers().getFirst("X-Out-Id")).isEqualTo("warning-7/sms/13800138000");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("PhoneNumbers").asString()).isEqualTo("13800138000");
        assertThat(body.path("OutId").asString()).isEqualTo("warning-7/sms/13800138000");
        assertThat(JSON.readTree(body.path("TemplateParam").asString()).path("text").asString()).isEqualTo(text);
    }

    @Test
    void signsTheRenderedBodyWhenASecretIsConfigured() {
        gateway.answer(200, "{\"Code\":\"OK\"}");

        channel(aliyunStyle(gateway.url("/"), "s3cret", "${timestamp}\n${body}")).send(message("测试"));

        HttpSmsFakeServer.Request request = gateway.requests.get(0);
        String expected = HexFormat.of().formatHex(RobotSignature.hmacSha256("s3cret", "1796025600\n" + request.body()));
        assertThat(request.headers().getFirst("X-Signature")).isEqualTo(expected);
    }

    @Test
    void theGatewaysResultCodeDecidesBetweenRetryAndRefusal() {
        HttpSmsChannel channel = channel(aliyunStyle(gateway.url("/"), "", ""));

        gateway.answer(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发流控\"}");
        assertThat(channel.send(message("a")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        gateway.answer(200, "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\"}");
        Delivery refused = channel.send(message("a"));

        assertThat(refused.outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(refused.detail()).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL 非法手机号");
    }

    @Test
    void aTencentStyleReplyIsReadThroughItsPointers() {
        var tencent = new ChannelSettings.SmsHttp(true, "POST", gateway.url("/"), Map.of("X-TC-Action", "SendSms"),
                "{\"PhoneNumberSet\":[\"+86${phone}\"],\"TemplateParamSet\":[\"${text}\"]}",
                List.of("/Response/SendStatusSet/0/Code", "/Response/Error/Code"), "Ok",
                List.of("RequestLimitExceeded", "InternalError"), "/Response/SendStatusSet/0/SerialNo",
                "/Response/Error/Message", "", "", Duration.ofSeconds(2), Duration.ofSeconds(2));
        HttpSmsChannel channel = channel(tencent);

        gateway.answer(200, "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\",\"SerialNo\":\"2028:1\"}]}}");
        assertThat(channel.send(message("a"))).isEqualTo(Delivery.delivered("2028:1"));
        gateway.answer(200, "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"频率限制\"}}}");
        assertThat(channel.send(message("a")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        gateway.answer(200, "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\"}}}");
        assertThat(channel.send(message("a")).outcome()).isEqualTo(Delivery.Outcome.REJECTED);
    }

    @Test
    void serverErrorsTimeoutsAndAnAbsentGatewayAreTriedAgainAndABadRequestIsRefused() {
        HttpSmsChannel channel = channel(aliyunStyle(gateway.url("/"), "", ""));

        gateway.answer(503, "busy");
        assertThat(channel.send(message("a")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
        gateway.answer(400, "{\"Code\":\"MissingPhoneNumbers\"}");
        assertThat(channel.send(message("a")).outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        gateway.answer(200, "{\"Code\":\"OK\"}").delay(2_500);
        assertThat(channel.send(message("a")).detail()).contains("timeout");

        HttpSmsChannel nowhere = channel(aliyunStyle("http://127.0.0.1:" + TcpPorts.anyFree() + "/", "", ""));
        assertThat(nowhere.send(message("a")).outcome()).isEqualTo(Delivery.Outcome.RETRY);
    }

    @Test
    void withoutAResultCodeAny2xxAnswerIsASuccess() {
        var plain = new ChannelSettings.SmsHttp(true, "POST", gateway.url("/send"),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "to=${phone}&msg=${text}", List.of(), "",
                List.of(), "", "", "", "", Duration.ofSeconds(2), Duration.ofSeconds(2));
        gateway.answer(204, "");

        Delivery delivery = channel(plain).send(message("预警 & 处置"));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(gateway.requests.get(0).body()).isEqualTo("to=13800138000&msg=%E9%A2%84%E8%AD%A6%20%26%20%E5%A4%84%E7%BD%AE");
    }

    private static ChannelSettings.SmsHttp aliyunStyle(String url, String secret, String signTemplate) {
        return new ChannelSettings.SmsHttp(true, "POST", url,
                Map.of("X-Out-Id", "${idempotencyKey}", "X-Signature", secret.isEmpty() ? "none" : "${signature}"),
                ALIYUN_STYLE_BODY, List.of("/Code"), "OK", List.of("isv.BUSINESS_LIMIT_CONTROL"), "/BizId",
                "/Message", secret, signTemplate, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private static HttpSmsChannel channel(ChannelSettings.SmsHttp settings) {
        return new HttpSmsChannel(ChannelSettingsFixture.with(settings), JSON, CLOCK);
    }

    private static OutgoingMessage message(String text) {
        return new OutgoingMessage("warning-7/sms/13800138000", "sms-http", "13800138000", "红色预警", text,
                CLOCK.instant());
    }
}
