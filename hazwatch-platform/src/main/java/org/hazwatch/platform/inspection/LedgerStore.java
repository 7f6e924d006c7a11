package org.hazwatch.platform.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Tables {@code penalty} and {@code outside_bulletin}. */
@Repository
class LedgerStore {

    /** A stored row with where its enterprise lies. */
    record Placed<T>(T view, String jurisdictionPath) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    LedgerStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void addPenalty(PenaltyView p, String path) {
        jdbc.sql("""
                INSERT INTO penalty (id, enterprise_code, jurisdiction_path, decision_number, decided_on, amount, basis,
                    note, recorded_by, recorded_at)
                VALUES (:id, :e, :path, :number, :on, :amount, :basis, :note, :by, :at)""")
                .param("id", p.id()).param("e", p.enterpriseCode()).param("path", path)
                .param("number", p.decisionNumber()).param("on", Date.valueOf(p.decidedOn()))
                .param("amount", p.amount()).param("basis", p.basis()).param("note", p.note())
                .param("by", p.recordedBy()).param("at", Timestamp.from(p.recordedAt())).update();
    }

    void addBulletin(OutsideBulletinView b, String path) {
        jdbc.sql("""
                INSERT INTO outside_bulletin (id, enterprise_code, jurisdiction_path, source, published_on, title,
                    attachment, recorded_by, recorded_at)
                VALUES (:id, :e, :path, :source, :on, :title, CAST(:attachment AS jsonb), :by, :at)""")
                .param("id", b.id()).param("e", b.enterpriseCode()).param("path", path).param("source", b.source())
                .param("on", Date.valueOf(b.publishedOn())).param("title", b.title())
                .param("attachment", b.attachment() == null ? null : json.writeValueAsString(b.attachment()))
                .param("by", b.recordedBy()).param("at", Timestamp.from(b.recordedAt())).update();
    }

    List<PenaltyView> penalties(JurisdictionScope scope, LocalDate from, LocalDate to, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("""
                SELECT * FROM penalty WHERE %s
                  AND (CAST(:from AS date) IS NULL OR decided_on >= :from)
                  AND (CAST(:to AS date) IS NULL OR decided_on <= :to)
                ORDER BY decided_on DESC, recorded_at DESC LIMIT :limit""".formatted(where.sql())))
                .param("from", date(from)).param("to", date(to)).param("limit", limit)
                .query((rs, n) -> penalty(rs)).list();
    }

    List<OutsideBulletinView> bulletins(JurisdictionScope scope, LocalDate from, LocalDate to, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("""
                SELECT * FROM outside_bulletin WHERE %s
                  AND (CAST(:from AS date) IS NULL OR published_on >= :from)
                  AND (CAST(:to AS date) IS NULL OR published_on <= :to)
                ORDER BY published_on DESC, recorded_at DESC LIMIT :limit""".formatted(where.sql())))
                .param("from", date(from)).param("to", date(to)).param("limit", limit)
                .query((rs, n) -> bulletin(rs)).list();
    }

    Optional<Placed<OutsideBulletinView>> bulletin(UUID id) {
        return jdbc.sql("SELECT * FROM outside_bulletin WHERE id = :id").param("id", id)
                .query((rs, n) -> new Placed<>(bulletin(rs), rs.getString("jurisdiction_path"))).optional();
    }

    private static PenaltyView penalty(ResultSet rs) throws SQLException {
        return new PenaltyView(rs.getObject("id", UUID.class), rs.getString("enterprise_code"), null,
                rs.getString("decision_number"), rs.getDate("decided_on").toLocalDate(), rs.getBigDecimal("amount"),
                rs.getString("basis"), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private OutsideBulletinView bulletin(ResultSet rs) throws SQLException {
        String attachment = rs.getString("attachment");
        return new OutsideBulletinView(rs.getObject("id", UUID.class), rs.getString("enterprise_code"), null,
                rs.getString("source"), rs.getDate("published_on").toLocalDate(), rs.getString("title"),
                attachment == null ? null : json.readValue(attachment, Attachment.class), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
