package org.hazwatch.platform.demo.inbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.hazwatch.platform.notify.rules.RobotSignature;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's fake HTTP far sides on a free local port: an Aliyun-style SMS gateway ({@code POST /sms}), DingTalk
 * robots ({@code POST /dingtalk/<robot>}, signature checked as DingTalk does) and WeCom robots
 * ({@code POST /wecom/<robot>}). Each answers as the real one does and puts what it got into the {@link DemoInbox}.
 */
final class DemoInboxHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final DemoInbox inbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();

    DemoInboxHttpServer(int port, DemoInbox inbox, ObjectMapper json, Clock clock) throws IOException {
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/sms", exchange -> handle(exchange, this::sms));
        server.createContext("/dingtalk/", exchange -> handle(exchange, this::dingTalk));
        server.createContext("/wecom/", exchange -> handle(exchange, this::weCom));
    }

    DemoInboxHttpServer start() {
        server.start();
        return this;
    }

    private interface Handler {
        Map<String, Object> handle(HttpExchange exchange, JsonNode body);
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        Map<String, Object> reply;
        int status = 200;
        try {
            reply = handler.handle(exchange, json.readTree(exchange.getRequestBody()));
        } catch (JacksonException e) {
            status = 400;
            reply = Map.of("errcode", 40035, "errmsg", "invalid json", "Code", "isv.INVALID_PARAMETERS");
        }
        byte[] bytes = json.writeValueAsBytes(reply);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Map<String, Object> sms(HttpExchange exchange, JsonNode body) {
        String text = body.path("TemplateParam").asString("");
        try {
            text = json.readTree(text).path("text").asString(text);
        } catch (JacksonException notJson) {
            // a template parameter that is no JSON is shown as it came
        }
        inbox.record("sms-http", body.path("PhoneNumbers").asString(""), null, text);
        return Map.of("Code", "OK", "Message", "OK", "BizId", "demo-" + ids.incrementAndGet());
    }

    private Map<String, Object> dingTalk(HttpExchange exchange, JsonNode body) {
        Map<String, String> query = query(exchange.getRequestURI().getQuery());
        long timestamp = Long.parseLong(query.getOrDefault("timestamp", "0"));
        boolean fresh = Math.abs(clock.millis() - timestamp) < Duration.ofHours(1).toMillis();
        if (!fresh || !RobotSignature.sign(DemoInboxEnvironment.DINGTALK_SECRET, timestamp)
                .equals(query.get("sign"))) {
            return Map.of("errcode", 310000, "errmsg", "sign not match");
        }
        inbox.record("dingtalk", robot(exchange, "/dingtalk/"), body.at("/markdown/title").asString(null),
                body.at("/markdown/text").asString(""));
        return Map.of("errcode", 0, "errmsg", "ok");
    }

    private Map<String, Object> weCom(HttpExchange exchange, JsonNode body) {
        inbox.record("wecom", robot(exchange, "/wecom/"), null, body.at("/markdown/content").asString(""));
        return Map.of("errcode", 0, "errmsg", "ok");
    }

    private static String robot(HttpExchange exchange, String prefix) {
        return exchange.getRequestURI().getPath().substring(prefix.length());
    }

    private static Map<String, String> query(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : "", (a, b) -> b));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
