package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The live feed over real HTTP: a subscribed client gets a new alarm within a second, and only if it sees it. */
@PlatformTest
class AlarmStreamTest {

    @LocalServerPort
    int port;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void aSubscribedClientReceivesANewAlarmWithinOneSecondOfTheReadingBeingAccepted() throws Exception {
        accounts.createIfAbsent("zezhou-watch", "泽州县值班", "Watch@2026x", Role.REGULATOR, "140525");
        accounts.createIfAbsent("yangcheng-watch", "阳城县值班", "Watch@2026x", Role.REGULATOR, "140522");
        BlockingQueue<String> zezhou = subscribe("zezhou-watch");
        BlockingQueue<String> yangcheng = subscribe("yangcheng-watch");
        // a first alarm warms the path (classes, JIT, connections): the figure is the feed's steady delivery
        AlarmFixture warmUp = new AlarmFixture(points, log, jdbc);
        warmUp.send(Duration.ofSeconds(1), 95);
        assertThat(firstAbout(zezhou, warmUp.point, Duration.ofSeconds(10))).isNotNull();
        AlarmFixture plant = new AlarmFixture(points, log, jdbc);

        plant.send(Duration.ofSeconds(1), 95);
        long accepted = System.nanoTime();
        String data = firstAbout(zezhou, plant.point, Duration.ofSeconds(1));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - accepted);
        System.out.printf("alarm feed: delivered %d ms after the reading was accepted%n", millis);

        assertThat(data).contains("\"transition\":\"RAISED\"", "\"severity\":\"HH\"");
        assertThat(millis).isLessThan(1000);
        assertThat(firstAbout(yangcheng, plant.point, Duration.ofMillis(500))).isNull();
    }

    /** Opens the feed as the user; its {@code data:} lines arrive in the queue. Returns once the hello is in. */
    private BlockingQueue<String> subscribe(String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":Watch@2026x").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alarms/stream"))
                .header("Authorization", "Basic " + basic).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data:")) {
                        lines.add(line.substring(5));
                    }
                }
            } catch (java.io.IOException e) {
                lines.add("closed");
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(5, TimeUnit.SECONDS)).contains(user);
        return lines;
    }

    private static String firstAbout(BlockingQueue<String> lines, String point, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String line = lines.poll(left, TimeUnit.NANOSECONDS);
            if (line != null && line.contains(point)) {
                return line;
            }
        }
        return null;
    }
}
