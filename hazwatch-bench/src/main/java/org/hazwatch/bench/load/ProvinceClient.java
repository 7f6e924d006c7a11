package org.hazwatch.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazwatch.protocol.WireJson;
import tools.jackson.databind.JsonNode;

/**
 * The people's side of the province bench: the admin (HTTP Basic) who reads the province's counties and creates the
 * province's regulator (省厅监管人员), and that regulator on the API (Basic) and in the console (form login, session
 * cookie, the page's CSRF token).
 */
final class ProvinceClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /** A console page slower than this is a failure, not a figure. */
    static final Duration PAGE_TIMEOUT = Duration.ofMinutes(10);

    private final URI platform;
    private final HttpClient http;

    ProvinceClient(URI platform, HttpClient http) {
        this.platform = platform;
        this.http = http;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, authorization);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return WireJson.mapper().readTree(response.body());
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(platform.resolve(path)).header("Authorization", authorization)
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode postJson(String path, String authorization, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(platform.resolve(path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(WireJson.encode(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return WireJson.mapper().readTree(response.body());
    }

    /** The counties (and county-level cities) under the province, as the platform's division table has them. */
    List<String> counties(String province, String admin) throws IOException, InterruptedException {
        List<String> counties = new ArrayList<>();
        for (JsonNode city : getJson("/api/v1/jurisdictions/" + province + "/children", admin)) {
            for (JsonNode county : getJson("/api/v1/jurisdictions/" + city.path("code").asString() + "/children",
                    admin)) {
                if ("COUNTY".equals(county.path("level").asString())) {
                    counties.add(county.path("code").asString());
                }
            }
        }
        return counties;
    }

    /** Creates the province's regulator with the given password (one the policy accepts, not held for a change). */
    void createRegulator(String username, String password, String province, String admin)
            throws IOException, InterruptedException {
        postJson("/api/v1/users", admin, Map.of("username", username, "displayName", "省级压测监管员",
                "role", "REGULATOR", "jurisdictionCode", province, "password", password));
    }

    /** A console session of the user: a client of its own that keeps the session cookie. */
    HttpClient login(String username, String password) throws IOException, InterruptedException {
        HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = session.send(HttpRequest.newBuilder(platform.resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (m.find() ? "&_csrf=" + URLEncoder.encode(m.group(1) != null ? m.group(1) : m.group(2),
                StandardCharsets.UTF_8) : "");
        HttpResponse<String> reply = session.send(HttpRequest.newBuilder(platform.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = reply.headers().firstValue("Location").orElse("");
        if (reply.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("console login of " + username + " failed: " + reply.statusCode()
                    + " → " + location);
        }
        return session;
    }

    /** A console page as the session sees it; fails unless 200. */
    String page(HttpClient session, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(platform.resolve(path))
                .timeout(PAGE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }
}
