package org.hazwatch.platform.cascade;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.cascade.rules.PlatformRegistration;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city platforms registered on this province (docs/CASCADE.md, identity): registration by the platform admin
 * with a secret shown once, and the authentication of their signed requests — SPEC §10's rule with the platform in
 * the gateway's place: a known platform, a fresh timestamp, a valid HMAC and a signature not used before.
 */
@Service
class CascadePlatforms {

    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(WireContract.MAX_REQUEST_AGE.multipliedBy(2)).build();

    CascadePlatforms(JdbcClient jdbc, Jurisdictions jurisdictions, AuditLog audit, TransactionTemplate transaction,
                     Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The reply of a registration — the only time the secret is shown. */
    record Registered(String code, String secret) {
    }

    Registered register(Actor actor, PlatformRegistration request) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("only the platform admin registers a city platform");
        }
        List<Problem> problems = request.problems().stream().map(p -> new Problem(p.getKey(), p.getValue())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Jurisdiction node = jurisdictions.find(request.jurisdiction())
                .orElseThrow(() -> InvalidInputException.of("jurisdiction", "没有这个行政区划"));
        String secret = HexFormat.of().formatHex(secret());
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("""
                        INSERT INTO cascade_platform (code, name, jurisdiction_code, jurisdiction_path, secret,
                                                      registered_at, registered_by)
                        VALUES (:code, :name, :node, :path, :secret, :now, :by)""")
                        .param("code", request.code()).param("name", request.name().strip())
                        .param("node", node.code()).param("path", node.path()).param("secret", secret)
                        .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
                audit.record(actor, "cascade.platform-register", "cascade_platform", request.code(), node.path(),
                        Map.of("name", request.name().strip(), "jurisdiction", node.code()));
            });
        } catch (DuplicateKeyException e) {
            throw new CascadeRefused(HttpStatus.CONFLICT, "code", "该平台已登记");
        }
        return new Registered(request.code(), secret);
    }

    Optional<RegisteredPlatform> find(String code) {
        return jdbc.sql("""
                SELECT code, name, jurisdiction_code, jurisdiction_path, secret FROM cascade_platform
                WHERE code = :code""").param("code", code)
                .query((rs, n) -> new RegisteredPlatform(rs.getString("code"), rs.getString("name"),
                        rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), rs.getString("secret")))
                .optional();
    }

    List<RegisteredPlatform> all() {
        return jdbc.sql("SELECT code, name, jurisdiction_code, jurisdiction_path, secret FROM cascade_platform "
                        + "ORDER BY code")
                .query((rs, n) -> new RegisteredPlatform(rs.getString("code"), rs.getString("name"),
                        rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), rs.getString("secret")))
                .list();
    }

    /** The platform that signed the request; refuses it (401) otherwise. */
    RegisteredPlatform authenticate(String platformCode, String timestamp, String signature, byte[] body) {
        if (platformCode == null || timestamp == null || signature == null) {
            throw CascadeRefused.unauthorized("headers", "the request is not signed: "
                    + CascadeWire.PLATFORM_CODE_HEADER + ", " + WireContract.TIMESTAMP_HEADER + " and "
                    + WireContract.SIGNATURE_HEADER + " are required");
        }
        RegisteredPlatform platform = find(platformCode).orElseThrow(() -> CascadeRefused
                .unauthorized(CascadeWire.PLATFORM_CODE_HEADER, "unknown platform"));
        Instant stamped;
        try {
            stamped = Instant.ofEpochMilli(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            throw CascadeRefused.unauthorized(WireContract.TIMESTAMP_HEADER, "not epoch milliseconds");
        }
        Instant now = clock.instant();
        if (stamped.isBefore(now.minus(WireContract.MAX_REQUEST_AGE))
                || stamped.isAfter(now.plus(WireContract.MAX_REQUEST_AGE))) {
            throw CascadeRefused.unauthorized(WireContract.TIMESTAMP_HEADER,
                    "stale: more than " + WireContract.MAX_REQUEST_AGE.toMinutes() + " minutes from the clock");
        }
        if (!new RequestSigner(platform.secret()).verify(timestamp, body, signature)) {
            throw CascadeRefused.unauthorized(WireContract.SIGNATURE_HEADER, "bad signature");
        }
        if (seen.asMap().putIfAbsent(signature, Boolean.TRUE) != null) {
            throw CascadeRefused.unauthorized(WireContract.SIGNATURE_HEADER, "replayed: signature already used");
        }
        return platform;
    }

    private byte[] secret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }
}
