package org.hazwatch.platform.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.protocol.IngestReply;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Hands the other message kinds ({@link GatewayMessages}) to their features, after the checks they share. */
@Component
class GatewayMessageIntake {

    private final Map<String, GatewayMessages> kinds;

    GatewayMessageIntake(List<GatewayMessages> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(GatewayMessages::kind, Function.identity()));
    }

    Optional<GatewayMessages> kind(String kind) {
        return Optional.ofNullable(kinds.get(kind));
    }

    java.util.Set<String> kinds() {
        return kinds.keySet();
    }

    /** The body's {@code gatewayCode} (null when absent); malformed (400) when the body is no JSON object. */
    static String gatewayCode(byte[] body) {
        return text(BatchReader.tree(body), "gatewayCode");
    }

    /** Takes a body of an authenticated gateway: its envelope must name that gateway and its enterprise (403). */
    IngestReply take(GatewayMessages kind, GatewayKey gateway, byte[] body) {
        JsonNode root = BatchReader.tree(body);
        String gatewayCode = text(root, "gatewayCode");
        String enterpriseCode = text(root, "enterpriseCode");
        if (gatewayCode == null || enterpriseCode == null) {
            throw InvalidInputException.of(gatewayCode == null ? "gatewayCode" : "enterpriseCode",
                    "a non-empty string is required");
        }
        if (!gateway.gatewayCode().equals(gatewayCode)) {
            throw IngestRefusedException.forbidden("gatewayCode", "the body names another gateway than the signer");
        }
        if (!gateway.enterpriseCode().equals(enterpriseCode)) {
            throw IngestRefusedException.forbidden("enterpriseCode", "not this gateway's enterprise");
        }
        return kind.take(gateway, body);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }
}
