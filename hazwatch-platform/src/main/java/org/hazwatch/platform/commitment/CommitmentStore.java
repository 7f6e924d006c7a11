package org.hazwatch.platform.commitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.CommittedCache;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Tables {@code safety_commitment}, {@code commitment_miss} and {@code commitment_deadline}. */
@Repository
class CommitmentStore {

    /** The first version of an enterprise's day and how many versions it has. */
    record DayFirst(Instant firstSubmittedAt, int versions) {
    }

    /** An enterprise's commitment day. */
    private record Day(String enterprise, LocalDate day) {
    }

    /** Enterprises a province has, and some: the warning model reads today's versions at every assessment. */
    private static final int CACHED_DAYS = 20_000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    /** The versions of a day, kept until this store adds one (it writes the table alone). Issue 17. */
    private final CommittedCache<Day, List<CommitmentView>> days = new CommittedCache<>(CACHED_DAYS);
    /** The few deadlines set, all of them, kept until one is set. */
    private final CommittedCache<Boolean, Map<String, LocalTime>> deadlines = new CommittedCache<>(1);

    CommitmentStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Its commitments and misses follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "safety_commitment", "commitment_miss");
    }

    /** Adds the next version of the day; returns its number (1 for the first). */
    int add(String enterprise, LocalDate day, String path, Instant at, Instant deadline, boolean late, String by,
            CommitmentForm form) {
        days.forget(new Day(enterprise, day));
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", enterprise + "/" + day)
                .query((rs, n) -> 1).single();
        int version = jdbc.sql("""
                SELECT coalesce(max(version), 0) + 1 FROM safety_commitment WHERE enterprise_code = :e AND day = :d""")
                .param("e", enterprise).param("d", day).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO safety_commitment (enterprise_code, day, version, jurisdiction_path, submitted_at,
                    deadline_at, late, submitted_by, content)
                VALUES (:e, :d, :v, :path, :at, :deadline, :late, :by, CAST(:content AS jsonb))""")
                .param("e", enterprise).param("d", day).param("v", version).param("path", path)
                .param("at", Timestamp.from(at)).param("deadline", Timestamp.from(deadline)).param("late", late)
                .param("by", by).param("content", json.writeValueAsString(form)).update();
        return version;
    }

    /** Every version of the day, oldest first. */
    List<CommitmentView> versions(String enterprise, LocalDate day) {
        return days.get(new Day(enterprise, day), d -> jdbc.sql("""
                        SELECT * FROM safety_commitment WHERE enterprise_code = :e AND day = :d ORDER BY version""")
                .param("e", d.enterprise()).param("d", d.day()).query((rs, n) -> view(rs)).list());
    }

    /** The day's first version, from the versions (as {@link #firsts} has it for many enterprises). */
    Optional<DayFirst> first(String enterprise, LocalDate day) {
        List<CommitmentView> versions = versions(enterprise, day);
        return versions.stream().map(CommitmentView::submittedAt).min(Instant::compareTo)
                .map(first -> new DayFirst(first, versions.size()));
    }

    Map<String, DayFirst> firsts(List<String> enterprises, LocalDate day) {
        Map<String, DayFirst> firsts = new HashMap<>();
        jdbc.sql("""
                SELECT enterprise_code, min(submitted_at) AS first, count(*) AS versions FROM safety_commitment
                WHERE day = :d AND enterprise_code = ANY(:e) GROUP BY enterprise_code""")
                .param("d", day).param("e", enterprises.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    firsts.put(rs.getString(1), new DayFirst(rs.getTimestamp(2).toInstant(), rs.getInt(3)));
                });
        return firsts;
    }

    /** Records a missed day; false when it was recorded before. */
    boolean recordMiss(String enterprise, LocalDate day, String path, Instant at) {
        return jdbc.sql("""
                INSERT INTO commitment_miss (enterprise_code, day, jurisdiction_path, detected_at)
                VALUES (:e, :d, :path, :at) ON CONFLICT DO NOTHING""")
                .param("e", enterprise).param("d", day).param("path", path).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** The deadlines set on the given jurisdiction codes. */
    Map<String, LocalTime> deadlines(List<String> jurisdictionCodes) {
        Map<String, LocalTime> set = deadlines.get(true, all -> {
            Map<String, LocalTime> found = new HashMap<>();
            jdbc.sql("SELECT jurisdiction_code, deadline FROM commitment_deadline").query((ResultSet rs) -> {
                found.put(rs.getString(1), rs.getTime(2).toLocalTime());
            });
            return Map.copyOf(found);
        });
        Map<String, LocalTime> found = new HashMap<>();
        jurisdictionCodes.stream().filter(set::containsKey).forEach(c -> found.put(c, set.get(c)));
        return found;
    }

    void setDeadline(String jurisdictionCode, LocalTime deadline, String by) {
        deadlines.forgetAll();
        jdbc.sql("""
                INSERT INTO commitment_deadline (jurisdiction_code, deadline, set_by) VALUES (:c, :t, :by)
                ON CONFLICT (jurisdiction_code) DO UPDATE SET deadline = :t, set_by = :by, set_at = now()""")
                .param("c", jurisdictionCode).param("t", java.sql.Time.valueOf(deadline)).param("by", by).update();
    }

    private CommitmentView view(ResultSet rs) throws SQLException {
        return new CommitmentView(rs.getString("enterprise_code"), rs.getObject("day", LocalDate.class),
                rs.getInt("version"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("deadline_at").toInstant(), rs.getBoolean("late"), rs.getString("submitted_by"),
                json.readValue(rs.getString("content"), CommitmentForm.class));
    }
}
