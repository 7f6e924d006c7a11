package org.hazwatch.platform.org;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account} table. */
@Repository
class AccountRepository {

    private static final String COLUMNS = """
            a.username, a.display_name, a.password_hash, a.role, a.jurisdiction_code, a.enterprise_code,
            a.enabled, a.created_at""";

    private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getString("username"),
            rs.getString("display_name"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            rs.getString("jurisdiction_code"), rs.getString("enterprise_code"), rs.getBoolean("enabled"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.username = :username")
                .param("username", username).query(ROW).optional();
    }

    /** Inserts the account unless its name is taken; true when inserted. */
    boolean insertIfAbsent(Account account) {
        return jdbc.sql("""
                INSERT INTO account (username, display_name, password_hash, role, jurisdiction_code,
                                     enterprise_code, enabled)
                VALUES (:username, :displayName, :hash, :role, :jurisdiction, :enterprise, :enabled)
                ON CONFLICT (username) DO NOTHING
                """).param("username", account.username()).param("displayName", account.displayName())
                .param("hash", account.passwordHash()).param("role", account.role().name())
                .param("jurisdiction", account.jurisdictionCode()).param("enterprise", account.enterpriseCode())
                .param("enabled", account.enabled()).update() == 1;
    }

    void setPasswordHash(String username, String hash) {
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE username = :username")
                .param("hash", hash).param("username", username).update();
    }

    /** Every account: the admin's listing. */
    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a ORDER BY a.username").query(ROW).list();
    }

    /** Regulators at or below the nodes of the scope. */
    List<Account> regulatorsWithin(JurisdictionScope scope) {
        JurisdictionScope.Condition where = scope.on("j.path");
        return where.bind(jdbc.sql("SELECT " + COLUMNS + """
                 FROM account a JOIN jurisdiction j ON j.code = a.jurisdiction_code
                WHERE""" + where.sql() + "ORDER BY a.username")).query(ROW).list();
    }

    List<Account> enterpriseUsers() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.enterprise_code IS NOT NULL ORDER BY a.username")
                .query(ROW).list();
    }

    List<Account> ofEnterprise(String enterpriseCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account a WHERE a.enterprise_code = :code ORDER BY a.username")
                .param("code", enterpriseCode).query(ROW).list();
    }
}
