package org.hazwatch.platform.org;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code jurisdiction} table. */
@Repository
class JurisdictionRepository {

    private static final RowMapper<Jurisdiction> ROW = (rs, n) -> new Jurisdiction(rs.getString("code"),
            rs.getString("name"), JurisdictionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
            rs.getString("path"));

    private final JdbcClient jdbc;

    JurisdictionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Jurisdiction> find(String code) {
        return jdbc.sql("""
                SELECT code, name, level, parent_code, path FROM jurisdiction WHERE code = :code
                """).param("code", code).query(ROW).optional();
    }

    List<Jurisdiction> children(String parentCode) {
        if (parentCode == null) {
            return jdbc.sql("""
                    SELECT code, name, level, parent_code, path FROM jurisdiction
                    WHERE parent_code IS NULL ORDER BY code
                    """).query(ROW).list();
        }
        return jdbc.sql("""
                SELECT code, name, level, parent_code, path FROM jurisdiction
                WHERE parent_code = :parent ORDER BY code
                """).param("parent", parentCode).query(ROW).list();
    }

    void insert(Jurisdiction node) {
        jdbc.sql("""
                INSERT INTO jurisdiction (code, name, level, parent_code, path)
                VALUES (:code, :name, :level, :parent, :path)
                """).param("code", node.code()).param("name", node.name()).param("level", node.level().name())
                .param("parent", node.parentCode()).param("path", node.path()).update();
    }
}
