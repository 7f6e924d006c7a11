package org.hazwatch.platform.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How an account's person is reached (people, issue 16): the mobile number and, for enterprise users, whether on
 * duty now; and the account's enabled flag as the user administration sets it. Kept beside {@code account}'s other
 * columns, read and written here so the account record stays as it is.
 */
@Repository
class AccountReach {

    /** An account's mobile (null when none) and on-duty flag. */
    record Reach(String mobile, boolean onDuty) {

        static final Reach NONE = new Reach(null, false);
    }

    private final JdbcClient jdbc;

    AccountReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Reach of(String username) {
        return jdbc.sql("SELECT mobile, on_duty FROM account WHERE username = :u").param("u", username)
                .query((rs, n) -> new Reach(rs.getString("mobile"), rs.getBoolean("on_duty"))).optional()
                .orElse(Reach.NONE);
    }

    Map<String, Reach> of(List<String> usernames) {
        Map<String, Reach> reach = new HashMap<>();
        if (usernames.isEmpty()) {
            return reach;
        }
        jdbc.sql("SELECT username, mobile, on_duty FROM account WHERE username IN (:u)").param("u", usernames)
                .query(rs -> {
                    reach.put(rs.getString("username"), new Reach(rs.getString("mobile"), rs.getBoolean("on_duty")));
                });
        return reach;
    }

    void set(String username, Reach reach) {
        jdbc.sql("UPDATE account SET mobile = :m, on_duty = :d WHERE username = :u").param("m", reach.mobile())
                .param("d", reach.onDuty()).param("u", username).update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :e WHERE username = :u").param("e", enabled).param("u", username)
                .update();
    }

    /** The enabled enterprise users of the enterprise on duty now, by name. */
    List<DutyRoster.OnDutyPerson> onDuty(String enterpriseCode) {
        return jdbc.sql("""
                SELECT display_name, mobile FROM account
                 WHERE enterprise_code = :e AND on_duty AND enabled ORDER BY display_name, username""")
                .param("e", enterpriseCode)
                .query((rs, n) -> new DutyRoster.OnDutyPerson(rs.getString("display_name"), rs.getString("mobile")))
                .list();
    }
}
