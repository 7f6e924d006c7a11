package org.hazwatch.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;
import tools.jackson.databind.JsonNode;

/**
 * Registers the load enterprises through the registry's JSON import ({@code POST /api/v1/registry/import}) as the
 * platform admin (HTTP Basic) and returns each gateway's secret from the reply. A platform that knows the gateway
 * already keeps its secret and does not show it again; then the gateway is removed and added again, which issues
 * a new one (the registry's way of rotating a secret).
 */
public final class Registration {

    private final HttpClient http;
    private final URI imports;
    private final String authorization;
    private final Documents documents;

    /** What is imported for an enterprise; {@code withGateway=false} leaves its gateway out (see the class). */
    public interface Documents {
        byte[] json(String enterpriseCode, boolean withGateway);
    }

    public Registration(HttpClient http, URI platform, String adminPassword, Documents documents) {
        this.http = http;
        this.imports = platform.resolve("/api/v1/registry/import");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        this.documents = documents;
    }

    /** The secret of the enterprise's gateway, after making sure the platform has the enterprise's points. */
    public String register(String enterpriseCode) throws IOException, InterruptedException {
        Optional<String> secret = secretIn(post(documents.json(enterpriseCode, true)), enterpriseCode);
        if (secret.isPresent()) {
            return secret.get();
        }
        post(documents.json(enterpriseCode, false));
        return secretIn(post(documents.json(enterpriseCode, true)), enterpriseCode)
                .orElseThrow(() -> new IllegalStateException("the platform issued no secret for the gateway of "
                        + enterpriseCode));
    }

    private JsonNode post(byte[] document) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(imports)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("registry import answered " + response.statusCode() + ": "
                    + response.body());
        }
        return WireJson.mapper().readTree(response.body());
    }

    private static Optional<String> secretIn(JsonNode reply, String enterpriseCode) {
        String gatewayCode = SyntheticPlant.gatewayCode(enterpriseCode);
        for (JsonNode gateway : reply.path("gateways")) {
            if (gatewayCode.equals(gateway.path("code").asString())) {
                return Optional.of(gateway.path("secret").asString());
            }
        }
        return Optional.empty();
    }
}
