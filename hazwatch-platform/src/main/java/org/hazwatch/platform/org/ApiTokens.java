package org.hazwatch.platform.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens (the {@code api_token} table): 32 random bytes, handed out once; only their SHA-256 is stored,
 * so a copy of the database does not let anyone in.
 */
@Repository
class ApiTokens {

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final SecuritySettings settings;

    ApiTokens(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Issued issue(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(settings.tokenTtl());
        jdbc.sql("""
                INSERT INTO api_token (token_sha256, username, issued_at, expires_at)
                VALUES (:hash, :username, :now, :expires)
                """).param("hash", sha256(token)).param("username", username).param("now", now)
                .param("expires", expires).update();
        return new Issued(token, expires);
    }

    /** The user name of a live token: not expired, not revoked. */
    Optional<String> holder(String token) {
        return jdbc.sql("""
                SELECT username FROM api_token
                WHERE token_sha256 = :hash AND revoked_at IS NULL AND expires_at > now()
                """).param("hash", sha256(token)).query(String.class).optional();
    }

    /** Revokes a live token; true when there was one. */
    boolean revoke(String token) {
        return jdbc.sql("""
                UPDATE api_token SET revoked_at = now()
                WHERE token_sha256 = :hash AND revoked_at IS NULL AND expires_at > now()
                """).param("hash", sha256(token)).update() == 1;
    }

    /** Forgets tokens a day after they expired; revoked ones too, once past their expiry. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    int purgeExpired() {
        return jdbc.sql("DELETE FROM api_token WHERE expires_at < now() - interval '1 day'").update();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    record Issued(String token, OffsetDateTime expiresAt) {
    }
}
