package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal, over real HTTP through Tomcat, is a problem detail (issue 19): /error asked for directly, a wrong
 * method, a wrong media type, a header too large for Tomcat.
 */
@PlatformTest
class RefusalsAsProblemsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void answersErrorAskedForDirectlyWith404ProblemNot500() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/error")).GET());
        assertProblem(response, 404);
    }

    @Test
    void answersAWrongMethodWith405Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/ingest/readings")).GET());
        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void answersAWrongMediaTypeWith415Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("u:p")));
        assertProblem(response, 415);
    }

    @Test
    void answersAnOversizedSignatureHeaderWith400Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/ingest/readings"))
                .header("X-Signature", "s".repeat(20_000)).POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(response, 400);
        assertThat(response.body()).doesNotContain("<html", "Apache Tomcat");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"title\"", "\"errors\"");
    }
}
