package org.hazwatch.platform.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hazwatch.platform.notify.rules.HttpSmsTemplate;
import org.hazwatch.platform.notify.rules.RobotSignature;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * SMS through a gateway's HTTP API (短信网关), whose request is configuration: method, URL, headers and body are
 * templates over {@code ${phone}}, {@code ${text}}, {@code ${subject}}, {@code ${idempotencyKey}},
 * {@code ${timestamp}} (epoch seconds), {@code ${timestampIso}} and, when signing is configured,
 * {@code ${signature}}. The answer is judged by HTTP status, then by the gateway's result code (docs/CHANNELS.md).
 */
@Component
public class HttpSmsChannel implements Channel {

    private final ChannelSettings.SmsHttp settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    public HttpSmsChannel(ChannelSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings.smsHttp();
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(this.settings.connectTimeout()).build();
    }

    @Override
    public String name() {
        return "sms-http";
    }

    @Override
    public boolean enabled() {
        return settings.configured();
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        HttpRequest request;
        try {
            request = request(message);
        } catch (IllegalArgumentException e) {
            return Delivery.rejected("短信网关配置或号码无效 / bad gateway template or address: " + e.getMessage());
        }
        try {
            return outcome(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (HttpTimeoutException e) {
            return Delivery.retry("短信网关超时 / timeout: " + e.getMessage());
        } catch (IOException e) {
            return Delivery.retry("短信网关不可达 / unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("interrupted");
        }
    }

    HttpRequest request(OutgoingMessage message) {
        Map<String, String> values = values(message);
        String body = new HttpSmsTemplate(settings.body()).render(values, bodyEscape());
        if (!settings.signSecret().isBlank() && !settings.signTemplate().isBlank()) {
            values.put("body", body);
            String toSign = new HttpSmsTemplate(settings.signTemplate()).render(values, UnaryOperator.identity());
            values.put("signature", HexFormat.of().formatHex(RobotSignature.hmacSha256(settings.signSecret(), toSign)));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(new HttpSmsTemplate(settings.url()).render(values, HttpSmsTemplate::url)))
                .timeout(settings.timeout())
                .method(settings.method().toUpperCase(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        settings.headers().forEach((name, value) ->
                request.header(name, new HttpSmsTemplate(value).render(values, HttpSmsTemplate::header)));
        if (!body.isEmpty() && contentType().isEmpty()) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        return request.build();
    }

    private Map<String, String> values(OutgoingMessage message) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> values = new HashMap<>();
        values.put("phone", message.address());
        values.put("text", message.text());
        values.put("subject", message.subject() == null ? "" : message.subject());
        values.put("idempotencyKey", message.idempotencyKey());
        values.put("timestamp", Long.toString(now.getEpochSecond()));
        values.put("timestampIso", now.toString());
        return values;
    }

    private String contentType() {
        return settings.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    private UnaryOperator<String> bodyEscape() {
        return contentType().toLowerCase().contains("x-www-form-urlencoded") ? HttpSmsTemplate::url
                : HttpSmsTemplate::json;
    }

    private Delivery outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            return Delivery.retry("HTTP " + status + ": " + RobotWebhook.excerpt(response.body()));
        }
        if (status >= 300) {
            return Delivery.rejected("HTTP " + status + ": " + RobotWebhook.excerpt(response.body()));
        }
        JsonNode reply;
        try {
            reply = json.readTree(response.body());
        } catch (JacksonException e) {
            return settings.codePointers().isEmpty() ? Delivery.delivered(null)
                    : Delivery.retry("无法读取的应答 / unreadable reply: " + RobotWebhook.excerpt(response.body()));
        }
        String reference = text(reply, settings.referencePointer());
        if (settings.codePointers().isEmpty()) {
            return Delivery.delivered(reference);
        }
        String code = settings.codePointers().stream().map(pointer -> text(reply, pointer))
                .filter(value -> value != null).findFirst().orElse(null);
        if (code == null) {
            return Delivery.retry("应答无结果码 / reply without a result code: " + RobotWebhook.excerpt(response.body()));
        }
        if (code.equals(settings.successCode())) {
            return Delivery.delivered(reference);
        }
        String message = text(reply, settings.messagePointer());
        String detail = code + " " + (message == null ? "" : message);
        return settings.retryCodes().contains(code) ? Delivery.retry(detail) : Delivery.rejected(detail);
    }

    private static String text(JsonNode reply, String pointer) {
        if (pointer == null || pointer.isBlank() || reply == null) {
            return null;
        }
        JsonNode node = reply.at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
