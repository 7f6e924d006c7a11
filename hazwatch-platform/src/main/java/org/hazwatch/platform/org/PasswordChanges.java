package org.hazwatch.platform.org;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.rules.PasswordPolicy;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own password change (修改密码), and the forced change of a password nobody chose: the generated admin
 * password and a password reset by an administrator must be changed at the first login (等保 2.0). A new password
 * meets {@link PasswordPolicy} and repeats none of the account's last {@code hazwatch.security.password-history}.
 */
@Service
class PasswordChanges {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final BasicCredentialCache basicChecks;
    private final int history;
    /** Whether an account must change its password, looked up at most every few seconds per account. */
    private final Cache<String, Boolean> pending = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(10)).build();

    PasswordChanges(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, BasicCredentialCache basicChecks,
                    HardeningSettings settings) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.basicChecks = basicChecks;
        this.history = Math.max(1, settings.passwordHistory());
    }

    /** Marks the account's password as one nobody chose (generated, reset): it must be changed at the next login. */
    @Transactional
    void requireChange(String username) {
        jdbc.sql("UPDATE account SET must_change_password = true WHERE username = :u").param("u", username).update();
        pending.invalidate(username);
    }

    boolean mustChange(String username) {
        return pending.get(username, u -> jdbc.sql("SELECT must_change_password FROM account WHERE username = :u")
                .param("u", u).query(Boolean.class).optional().orElse(false));
    }

    /** Changes the actor's own password after checking the current one; every problem at once. */
    @Transactional
    void change(Actor actor, String current, String replacement) {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = :u AND enabled")
                .param("u", actor.username()).query(String.class).optional()
                .orElseThrow(() -> InvalidInputException.of("currentPassword", "no such account"));
        List<Problem> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, hash)) {
            problems.add(new Problem("currentPassword", "not the current password"));
        }
        PasswordPolicy.problems(actor.username(), replacement)
                .forEach(p -> problems.add(new Problem("newPassword", p)));
        if (problems.isEmpty() && usedRecently(actor.username(), hash, replacement)) {
            problems.add(new Problem("newPassword", "must not repeat any of the last " + history + " passwords"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("INSERT INTO password_history (username, password_hash) VALUES (:u, :h)")
                .param("u", actor.username()).param("h", hash).update();
        jdbc.sql("""
                DELETE FROM password_history WHERE username = :u AND id NOT IN (
                    SELECT id FROM password_history WHERE username = :u ORDER BY changed_at DESC, id DESC LIMIT :keep)
                """).param("u", actor.username()).param("keep", history).update();
        jdbc.sql("""
                UPDATE account SET password_hash = :h, must_change_password = false, password_changed_at = now()
                WHERE username = :u
                """).param("u", actor.username()).param("h", encoder.encode(replacement)).update();
        pending.invalidate(actor.username());
        basicChecks.forget(actor.username());
        audit.record(actor, "password.change", "account", actor.username(), actor.jurisdictionPath(),
                actor.enterpriseCode(), Map.of());
    }

    /** The current password and the last {@code history - 1} before it: {@code history} in all. */
    private boolean usedRecently(String username, String currentHash, String replacement) {
        if (encoder.matches(replacement, currentHash)) {
            return true;
        }
        return jdbc.sql("""
                SELECT password_hash FROM password_history WHERE username = :u
                ORDER BY changed_at DESC, id DESC LIMIT :n
                """).param("u", username).param("n", history - 1).query(String.class).list().stream()
                .anyMatch(old -> encoder.matches(replacement, old));
    }
}
