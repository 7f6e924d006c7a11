package org.hazwatch.platform.bulletin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.bulletin.rules.PeriodKind;
import org.hazwatch.platform.org.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code bulletin}: issued bulletins with their PDF and workbook bytes. Rows are only inserted (a trigger
 * refuses updates); the sequence of document numbers is per jurisdiction and year, taken under an advisory lock.
 */
@Repository
class BulletinStore {

    private static final String COLUMNS = """
            id, number, version, corrects, jurisdiction_code, jurisdiction_name, period, date_from, date_to, title,
            scheduled, named, issued_at, issued_by""";

    private final JdbcClient jdbc;

    BulletinStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A bulletin to keep; {@code sequence} was taken by {@link #nextSequence} in the same transaction. */
    record Issued(UUID id, String jurisdictionCode, String jurisdictionPath, String jurisdictionName,
                  PeriodKind period, LocalDate from, LocalDate to, int year, int sequence, String number,
                  int version, UUID corrects, String title, boolean scheduled, int named, byte[] pdf, byte[] xlsx,
                  String pdfAttachment, Instant issuedAt, String issuedBy) {
    }

    /** The first version of a bulletin as it was stored, to correct it. */
    record First(UUID id, String jurisdictionCode, String jurisdictionPath, PeriodKind period, LocalDate from,
                 LocalDate to, int year, int sequence, String number) {
    }

    /** The next number of the node's documents in the year; holds a lock on (node, year) until the commit. */
    int nextSequence(String jurisdictionCode, int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", "bulletin:" + jurisdictionCode + ":" + year)
                .query((rs, n) -> 1).list();
        return jdbc.sql("SELECT COALESCE(MAX(sequence), 0) + 1 FROM bulletin WHERE jurisdiction_code = :code AND year = :year")
                .param("code", jurisdictionCode).param("year", year).query(Integer.class).single();
    }

    /** The next version of the number of {@code first}; holds the same lock as {@link #nextSequence}. */
    int nextVersion(First first) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "bulletin:" + first.jurisdictionCode() + ":" + first.year()).query((rs, n) -> 1).list();
        return jdbc.sql("""
                SELECT MAX(version) + 1 FROM bulletin
                WHERE jurisdiction_code = :code AND year = :year AND sequence = :sequence""")
                .param("code", first.jurisdictionCode()).param("year", first.year())
                .param("sequence", first.sequence()).query(Integer.class).single();
    }

    boolean scheduledExists(String jurisdictionCode, PeriodKind period, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM bulletin WHERE scheduled AND jurisdiction_code = :code
                    AND period = :period AND date_from = :from AND date_to = :to)""")
                .param("code", jurisdictionCode).param("period", period.name()).param("from", from).param("to", to)
                .query(Boolean.class).single();
    }

    /** Keeps it; false when the schedule had issued the node's bulletin of that period already. */
    boolean insert(Issued b) {
        return jdbc.sql("""
                INSERT INTO bulletin (id, jurisdiction_code, jurisdiction_path, jurisdiction_name, period, date_from,
                    date_to, year, sequence, number, version, corrects, title, scheduled, named, pdf, xlsx,
                    pdf_attachment, issued_at, issued_by)
                VALUES (:id, :code, :path, :name, :period, :from, :to, :year, :sequence, :number, :version,
                    :corrects, :title, :scheduled, :named, :pdf, :xlsx, :attachment, :at, :by)
                ON CONFLICT (jurisdiction_code, period, date_from, date_to) WHERE scheduled DO NOTHING""")
                .param("id", b.id()).param("code", b.jurisdictionCode()).param("path", b.jurisdictionPath())
                .param("name", b.jurisdictionName()).param("period", b.period().name()).param("from", b.from())
                .param("to", b.to()).param("year", b.year()).param("sequence", b.sequence())
                .param("number", b.number()).param("version", b.version()).param("corrects", b.corrects())
                .param("title", b.title()).param("scheduled", b.scheduled()).param("named", b.named())
                .param("pdf", b.pdf()).param("xlsx", b.xlsx()).param("attachment", b.pdfAttachment())
                .param("at", Timestamp.from(b.issuedAt())).param("by", b.issuedBy()).update() == 1;
    }

    /**
     * The bulletins of the scope's nodes and of the nodes above {@code addressedPath} (they were addressed to it),
     * newest first.
     */
    List<BulletinView> list(JurisdictionScope scope, String addressedPath, int limit) {
        JurisdictionScope.Condition visible = scope.on("jurisdiction_path");
        return visible.bind(jdbc.sql("SELECT " + COLUMNS + " FROM bulletin WHERE " + readable(visible)
                        + " ORDER BY issued_at DESC, number, version DESC LIMIT :limit"))
                .param("addressed", addressedPath).param("limit", limit).query(BulletinStore::view).list();
    }

    Optional<BulletinView> find(JurisdictionScope scope, String addressedPath, UUID id) {
        JurisdictionScope.Condition visible = scope.on("jurisdiction_path");
        return visible.bind(jdbc.sql("SELECT " + COLUMNS + " FROM bulletin WHERE id = :id AND " + readable(visible)))
                .param("addressed", addressedPath).param("id", id).query(BulletinStore::view).optional();
    }

    /** Within the scope, or issued by a node above the addressed one (a regulator reads what was sent to it). */
    private static String readable(JurisdictionScope.Condition visible) {
        return "(" + visible.sql() + " OR (CAST(:addressed AS text) IS NOT NULL"
                + " AND CAST(:addressed AS text) LIKE jurisdiction_path || '%'))";
    }

    /** The first version of a bulletin the scope holds (a correction is issued by the node itself or above it). */
    Optional<First> first(JurisdictionScope scope, UUID id) {
        JurisdictionScope.Condition visible = scope.on("b.jurisdiction_path");
        return visible.bind(jdbc.sql("""
                        SELECT f.id, f.jurisdiction_code, f.jurisdiction_path, f.period, f.date_from, f.date_to, f.year,
                            f.sequence, f.number
                        FROM bulletin b JOIN bulletin f ON f.jurisdiction_code = b.jurisdiction_code
                            AND f.year = b.year AND f.sequence = b.sequence AND f.version = 1
                        WHERE b.id = :id AND """ + visible.sql()))
                .param("id", id)
                .query((rs, n) -> new First(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"),
                        rs.getString("jurisdiction_path"), PeriodKind.valueOf(rs.getString("period")),
                        rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
                        rs.getInt("year"), rs.getInt("sequence"), rs.getString("number")))
                .optional();
    }

    /** The bytes of one document ({@code pdf} or {@code xlsx}) of a bulletin the scope holds. */
    Optional<byte[]> document(JurisdictionScope scope, String addressedPath, UUID id, String column) {
        if (!List.of("pdf", "xlsx").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        JurisdictionScope.Condition visible = scope.on("jurisdiction_path");
        return visible.bind(jdbc.sql("SELECT " + column + " FROM bulletin WHERE id = :id AND " + readable(visible)))
                .param("addressed", addressedPath).param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static BulletinView view(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new BulletinView(id, rs.getString("number"), rs.getInt("version"), rs.getObject("corrects", UUID.class),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_name"),
                PeriodKind.valueOf(rs.getString("period")), rs.getObject("date_from", LocalDate.class),
                rs.getObject("date_to", LocalDate.class), rs.getString("title"), rs.getBoolean("scheduled"),
                rs.getInt("named"), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
                "/api/v1/bulletins/" + id + ".pdf", "/api/v1/bulletins/" + id + ".xlsx", null);
    }
}
