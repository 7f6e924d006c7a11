package org.hazwatch.platform.org;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic without a bcrypt per request: a user name and password that bcrypt accepted are remembered for a short
 * while (two minutes), keyed by an HMAC of the pair under a key that lives only in this process — never the password
 * itself. A remembered pair counts only while the account is enabled and its password hash is still the one that
 * was checked, so a password change or a disabled account ends it at once; {@link #forget} drops it too.
 */
@Component
class BasicCredentialCache {

    static final Duration TTL = Duration.ofMinutes(2);

    private final byte[] key = new byte[32];
    private final Cache<String, Checked> checked = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(TTL).build();

    BasicCredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    /** The account whose user name and password were accepted lately, if it still holds as checked. */
    Optional<AccountPrincipal> accepted(String username, String password, AccountDetailsService accounts) {
        Checked c = password == null ? null : checked.getIfPresent(keyOf(username, password));
        if (c == null) {
            return Optional.empty();
        }
        return accounts.principal(username)
                .filter(p -> p.enabled() && p.passwordHash().equals(c.passwordHash()));
    }

    void remember(String username, String password, String passwordHash) {
        if (password != null) {
            checked.put(keyOf(username, password), new Checked(username, passwordHash));
        }
    }

    void forget(String username) {
        checked.asMap().values().removeIf(c -> c.username().equals(username));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Checked(String username, String passwordHash) {
    }
}
