package org.hazwatch.platform.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hazwatch.platform.org.Actor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/registry/gateways/{code}/secret}: rotates a gateway's secret (security, issue 19). */
@RestController
@Tag(name = "registry")
class GatewaySecretController {

    private final GatewaySecrets secrets;

    GatewaySecretController(GatewaySecrets secrets) {
        this.secrets = secrets;
    }

    @PostMapping("/api/v1/registry/gateways/{code}/secret")
    @Operation(summary = "A new secret for the gateway, shown only in this reply; the previous one stays valid for "
            + "the grace period (hazwatch.registry.gateway-secret-grace, default 24 h)")
    GatewaySecrets.Rotated rotate(Actor actor, @PathVariable String code) {
        return secrets.rotate(actor, code);
    }
}
