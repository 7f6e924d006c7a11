package org.hazwatch.platform.analysis;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows {@link PeriodFiguresTest} writes straight into the features' tables for its hand-built county: hours of
 * readings, filings, alarms, warnings and their handling, commitments, patrols, rectification orders and quality
 * scores, each under the enterprise's jurisdiction path.
 */
final class PeriodRows {

    static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private final JdbcClient jdbc;
    private final Registry registry;
    private final County county;

    PeriodRows(JdbcClient jdbc, Registry registry, County county) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.county = county;
    }

    String pathOf(TestEnterprise e) {
        return registry.jurisdictionPathOf(e.code()).orElseThrow();
    }

    static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(OffsetDateTime.of(day.atTime(hour, 0), CST).toInstant());
    }

    void hours(TestEnterprise e, Timestamp start, int hours) {
        for (int h = 0; h < hours; h++) {
            Timestamp bucket = new Timestamp(start.getTime() + h * 3_600_000L);
            jdbc.sql("""
                    INSERT INTO reading_1h (point_code, bucket, min, max, sum, count, last_time, last_value)
                    VALUES (:p, :b, 1, 1, 60, 60, :b, 1)""").param("p", e.levelPoint()).param("b", bucket).update();
        }
    }

    void filing(TestEnterprise e, Timestamp from, Timestamp until) {
        jdbc.sql("""
                INSERT INTO filing (id, enterprise_code, jurisdiction_path, type, scope, from_at, until_at, reason,
                                    status, filed_by, filed_at)
                VALUES (:id, :e, :path, 'SHUTDOWN', 'ENTERPRISE', :f, :u, '停产检修', 'ACKNOWLEDGED', 'test', :f)""")
                .param("id", UUID.randomUUID()).param("e", e.code()).param("path", pathOf(e)).param("f", from)
                .param("u", until).update();
    }

    void alarm(TestEnterprise e, String point, String priority, Timestamp at) {
        jdbc.sql("""
                INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity,
                                           priority, state, active, acknowledged, cover, raised_at, cleared_at, late,
                                           seq)
                VALUES (:id, :e, :p, :path, 'LIMIT_HIGH', 'H', :prio, 'NORMAL', false, true, 'NONE', :at, :at, false,
                        1)""")
                .param("id", UUID.randomUUID()).param("e", e.code()).param("p", point).param("path", pathOf(e))
                .param("prio", priority).param("at", at).update();
    }

    UUID warning(TestEnterprise e, String level, Timestamp raised, Timestamp lifted) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO warning (id, enterprise_code, hazard_source_code, jurisdiction_path, level, peak_level,
                                     status, raised_at, lifted_at, updated_at, score, factors, signature)
                VALUES (:id, :e, :hs, :path, :l, :l, 'LIFTED', :r, :x, :x, 50, '[]', '{}')""")
                .param("id", id).param("e", e.code()).param("hs", e.hazardSource()).param("path", pathOf(e))
                .param("l", level).param("r", raised).param("x", lifted).update();
        return id;
    }

    /** A closed case; {@code steps} maps a step kind to its late seconds (ESCALATED: a missed feedback). */
    void handled(UUID warning, TestEnterprise e, String level, Timestamp raised, Map<String, Integer> steps) {
        jdbc.sql("""
                INSERT INTO disposal_case (warning_id, enterprise_code, hazard_source_code, jurisdiction_path, level,
                                           current_level, state, raised_at, signed_for_at, fed_back_at, closed_at,
                                           updated_at, lifted)
                VALUES (:id, :e, :hs, :path, :l, :l, 'CLOSED', :r, :r, :r, :r, :r, true)""")
                .param("id", warning).param("e", e.code()).param("hs", e.hazardSource()).param("path", pathOf(e))
                .param("l", level).param("r", raised).update();
        steps.forEach((kind, late) -> jdbc.sql("""
                INSERT INTO disposal_step (warning_id, at, kind, actor, text, detail)
                VALUES (:id, :at, :kind, 'test', :kind, CAST(:detail AS jsonb))""")
                .param("id", warning).param("at", raised).param("kind", kind)
                .param("detail", kind.equals("ESCALATED") ? "{\"missedStep\":\"FEEDBACK\"}"
                        : "{\"lateSeconds\":" + late + "}").update());
    }

    void commitment(TestEnterprise e, LocalDate day, boolean late) {
        jdbc.sql("""
                INSERT INTO safety_commitment (enterprise_code, day, version, jurisdiction_path, submitted_at,
                                               deadline_at, late, submitted_by, content)
                VALUES (:e, :d, 1, :path, :at, :at, :late, 'test', '{}')""")
                .param("e", e.code()).param("d", day).param("path", pathOf(e)).param("at", at(day, 9))
                .param("late", late).update();
    }

    void miss(TestEnterprise e, LocalDate day) {
        jdbc.sql("""
                INSERT INTO commitment_miss (enterprise_code, day, jurisdiction_path, detected_at)
                VALUES (:e, :d, :path, :at)""")
                .param("e", e.code()).param("d", day).param("path", pathOf(e)).param("at", at(day, 10)).update();
    }

    void patrol(TestEnterprise e, LocalDate day, String round) {
        jdbc.sql("""
                INSERT INTO patrol_record (id, enterprise_code, jurisdiction_path, kind, round, day, items,
                                           by_jurisdiction, by_path, recorded_by, recorded_at)
                VALUES (:id, :e, :path, 'PATROL', :round, :d, '[]', :by, :byPath, 'test', :at)""")
                .param("id", UUID.randomUUID()).param("e", e.code()).param("path", pathOf(e)).param("round", round)
                .param("d", day).param("by", county.code()).param("byPath", county.path()).param("at", at(day, 9))
                .update();
    }

    void order(TestEnterprise e, Timestamp issued, Timestamp deadline, Timestamp closed) {
        jdbc.sql("""
                INSERT INTO rectification_order (id, enterprise_code, jurisdiction_path, item, problem, deadline, state,
                                                 issued_by, issuer_path, issued_at, closed_at, escalated_at)
                VALUES (:id, :e, :path, 'COMMITMENT', '承诺未按时公告', :dl, :state, 'test', :ip, :at, :closed, :esc)""")
                .param("id", UUID.randomUUID()).param("e", e.code()).param("path", pathOf(e)).param("dl", deadline)
                .param("state", closed == null ? "OPEN" : "CLOSED").param("ip", county.path()).param("at", issued)
                .param("closed", closed).param("esc", closed == null ? deadline : null).update();
    }

    void quality(TestEnterprise e, LocalDate day, double score, String grade) {
        jdbc.sql("""
                INSERT INTO quality_day (enterprise_code, day, jurisdiction_path, score, grade)
                VALUES (:e, :d, :path, :s, :g)""")
                .param("e", e.code()).param("d", day).param("path", pathOf(e)).param("s", score).param("g", grade)
                .update();
    }
}
