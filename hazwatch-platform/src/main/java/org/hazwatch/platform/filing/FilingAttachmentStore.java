package org.hazwatch.platform.filing;

import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code filing_attachment} table: which stored files a filing carries, in the order they were attached. */
@Repository
class FilingAttachmentStore {

    private final JdbcClient jdbc;

    FilingAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID filingId, List<Attachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            jdbc.sql("""
                    INSERT INTO filing_attachment (filing_id, seq, attachment_id, content_type, size, name)
                    VALUES (:f, :seq, :id, :type, :size, :name)""")
                    .param("f", filingId).param("seq", i + 1).param("id", a.id()).param("type", a.contentType())
                    .param("size", a.size()).param("name", a.name().length() > 200 ? a.name().substring(0, 200)
                            : a.name()).update();
        }
    }

    List<Attachment> of(UUID filingId) {
        return jdbc.sql("""
                SELECT attachment_id, content_type, size, name FROM filing_attachment
                WHERE filing_id = :f ORDER BY seq""").param("f", filingId)
                .query((rs, n) -> new Attachment(rs.getString("attachment_id").strip(), rs.getString("content_type"),
                        rs.getLong("size"), rs.getString("name"))).list();
    }
}
