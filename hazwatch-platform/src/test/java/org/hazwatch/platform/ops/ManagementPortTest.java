package org.hazwatch.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hazwatch.platform.TestJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The actuator on a port of its own (issue 20, {@code management.server.port}): the Prometheus endpoint moves there,
 * still for the platform admin alone, and the console's port no longer serves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
class ManagementPortTest {

    @LocalServerPort
    int serverPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void servesPrometheusOnTheManagementPortToTheAdminAlone() throws Exception {
        String admin = TestJurisdictions.ADMIN + ":" + TestJurisdictions.ADMIN_PASSWORD;

        assertThat(managementPort).isNotEqualTo(serverPort);
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus", admin);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("hazwatch_readings_accepted_total");
        assertThat(get(managementPort, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get(serverPort, "/actuator/prometheus", admin).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(int port, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
