package org.hazwatch.platform.registry;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.GatewayCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation of a gateway's secret (网关密钥轮换): a new secret, shown once; the previous one stays valid for
 * {@code hazwatch.registry.gateway-secret-grace} (default 24 h) so the gateway can be reconfigured without losing
 * data. Allowed to whoever may write the enterprise's base data; audited without either secret.
 */
@Service
class GatewaySecrets {

    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final RegistryQueries queries;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;
    private final SecureRandom random = new SecureRandom();

    GatewaySecrets(JdbcClient jdbc, RegistryQueries queries, AuditLog audit, TransactionTemplate transaction,
                   ApplicationEventPublisher events, Clock clock,
                   @Value("${hazwatch.registry.gateway-secret-grace:24h}") Duration grace) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.grace = grace;
    }

    /** A new secret for the gateway; 404 for a gateway the actor does not see (or none), 403 if it may not write. */
    Rotated rotate(Actor actor, String gatewayCode) {
        EnterpriseCode enterpriseCode = GatewayCode.parse(gatewayCode).map(GatewayCode::enterprise)
                .orElseThrow(() -> new NotFoundException("gateway", gatewayCode));
        RegisteredEnterprise enterprise = RegistryAccess.visible(actor, queries.enterprise(enterpriseCode.code()),
                gatewayCode);
        boolean exists = jdbc.sql("SELECT count(*) FROM gateway WHERE code = :c AND enterprise_code = :e")
                .param("c", gatewayCode).param("e", enterprise.code()).query(Long.class).single() > 0;
        if (!exists) {
            throw new NotFoundException("gateway", gatewayCode);
        }
        RegistryAccess.checkWrites(actor, enterprise.code());
        String secret = HexFormat.of().formatHex(secret());
        Instant now = clock.instant();
        Instant previousUntil = now.plus(grace);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE gateway SET previous_secret = secret, previous_secret_until = :until, secret = :secret,
                                       secret_rotated_at = :now
                    WHERE code = :c""").param("c", gatewayCode).param("secret", secret)
                    .param("until", OffsetDateTime.ofInstant(previousUntil, ZoneOffset.UTC))
                    .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
            audit.record(actor, "registry.gateway-secret", "gateway", gatewayCode, enterprise.jurisdictionPath(),
                    enterprise.code(), Map.of("previousValidUntil", previousUntil.toString()));
            events.publishEvent(new RegistryChanged(enterpriseCode, RegistryChanged.Change.GATEWAY_SECRET));
        });
        return new Rotated(gatewayCode, secret, previousUntil);
    }

    private byte[] secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * The reply of a rotation — the only time the new secret is shown.
     *
     * @param previousValidUntil until when the previous secret still signs and logs in
     */
    record Rotated(String gatewayCode, String secret, Instant previousValidUntil) {
    }
}
