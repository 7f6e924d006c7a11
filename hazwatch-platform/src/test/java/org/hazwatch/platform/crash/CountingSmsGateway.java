package org.hazwatch.platform.crash;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP SMS gateway (短信网关) in the test JVM for {@code notify.HttpSmsChannel}: it counts the requests per
 * idempotency key (the body's {@code key}) as they arrive and answers only after {@code delay}, so a platform killed
 * meanwhile leaves a send in flight. A real gateway refuses a second message with an out-id it has seen; this one
 * counts it, so a test can tell "sent once" from "sent again under the same key".
 */
final class CountingSmsGateway implements AutoCloseable {

    /** The request body the platform is configured to send (a template of {@code HttpSmsChannel}). */
    static final String BODY = "{\"phone\":\"${phone}\",\"key\":\"${idempotencyKey}\",\"text\":\"${text}\"}";

    final Map<String, AtomicInteger> requestsByKey = new ConcurrentHashMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private final HttpServer server;

    private CountingSmsGateway(Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = JsonPath.read(body, "$.key");
            requestsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            received.incrementAndGet();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] reply = "{\"code\":\"0\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    static CountingSmsGateway started(Duration delay) throws IOException {
        return new CountingSmsGateway(delay);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    int received() {
        return received.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
