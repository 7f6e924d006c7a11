package org.hazwatch.platform.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Posts one JSON message to a group robot's webhook (DingTalk, WeCom) and says what its
 * {@code {"errcode":…,"errmsg":…}} reply means. No answer, a timeout, HTTP 5xx or 429 and an unreadable reply are
 * worth another try; other HTTP errors and every errcode but 0 and the given "not now" codes are refusals.
 */
final class RobotWebhook {

    private final ObjectMapper json;
    private final HttpClient http;
    private final ChannelSettings.RobotChannel settings;
    private final NotifySettings robots;
    private final String channel;

    RobotWebhook(ObjectMapper json, ChannelSettings.RobotChannel settings, NotifySettings robots, String channel) {
        this.json = json;
        this.settings = settings;
        this.robots = robots;
        this.channel = channel;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).build();
    }

    /** The robot of this channel named {@code name}, from {@code hazwatch.notify.robots}. */
    Optional<NotifySettings.Robot> robot(String name) {
        return robots.robot(name).filter(robot -> channel.equals(robot.channel()));
    }

    /** Switched on, and at least one robot with a webhook is configured for this channel. */
    boolean configured() {
        return settings.enabled() && robots.robots().stream()
                .anyMatch(robot -> channel.equals(robot.channel()) && robot.url() != null && !robot.url().isBlank());
    }

    Delivery post(String url, Object message, Set<Integer> retryCodes) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return Delivery.retry("机器人接口超时 / timeout: " + e.getMessage());
        } catch (IOException e) {
            return Delivery.retry("机器人接口不可达 / unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("interrupted");
        }
        return outcome(response, retryCodes);
    }

    private Delivery outcome(HttpResponse<String> response, Set<Integer> retryCodes) {
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            return Delivery.retry("HTTP " + status);
        }
        if (status >= 400) {
            return Delivery.rejected("HTTP " + status + ": " + excerpt(response.body()));
        }
        JsonNode reply;
        try {
            reply = json.readTree(response.body());
        } catch (JacksonException e) {
            return Delivery.retry("无法读取的应答 / unreadable reply: " + excerpt(response.body()));
        }
        JsonNode errcode = reply.path("errcode");
        if (!errcode.isIntegralNumber()) {
            return Delivery.retry("应答无 errcode / reply without errcode: " + excerpt(response.body()));
        }
        int code = errcode.asInt();
        String detail = code + " " + reply.path("errmsg").asString("");
        if (code == 0) {
            return Delivery.delivered(null);
        }
        return retryCodes.contains(code) ? Delivery.retry(detail) : Delivery.rejected(detail);
    }

    static String excerpt(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    static String title(OutgoingMessage message) {
        return message.subject() == null || message.subject().isBlank() ? "hazwatch 通知" : message.subject();
    }
}
