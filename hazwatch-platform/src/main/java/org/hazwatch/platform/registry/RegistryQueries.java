package org.hazwatch.platform.registry;

import static org.hazwatch.platform.registry.BaseDataReader.integer;
import static org.hazwatch.platform.registry.BaseDataReader.number;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.protocol.PointKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Look-ups of enterprises, hazard sources, points and gateways, for the read API and other features. */
@Repository
class RegistryQueries {

    private static final String POINT_SELECT = """
            SELECT p.*, e.hazard_source_code FROM point p JOIN equipment e ON e.code = p.equipment_code
            """;

    private final JdbcClient jdbc;

    RegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegisteredEnterprise> enterprise(String code) {
        return jdbc.sql("SELECT * FROM enterprise WHERE code = :code").param("code", code)
                .query((rs, n) -> enterprise(rs)).optional();
    }

    /** The enterprises in the scope, by code. */
    Page<RegisteredEnterprise> enterprises(JurisdictionScope scope, int page, int size) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "code");
        long total = where.bind(jdbc.sql("SELECT count(*) FROM enterprise WHERE" + where.sql()))
                .query(Long.class).single();
        List<RegisteredEnterprise> items = where.bind(jdbc.sql("SELECT * FROM enterprise WHERE" + where.sql()
                        + "ORDER BY code LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> enterprise(rs)).list();
        return new Page<>(items, page, size, total);
    }

    /** Every registered enterprise, by code (the read model's list of all, issue 17). */
    List<RegisteredEnterprise> allEnterprises() {
        return jdbc.sql("SELECT * FROM enterprise ORDER BY code").query((rs, n) -> enterprise(rs)).list();
    }

    /** Every enterprise in the scope with its major-hazard flag and point codes, in one query. */
    List<EnterprisePoints> enterprisePoints(JurisdictionScope scope) {
        JurisdictionScope.Condition where = scope.on("e.jurisdiction_path", "e.code");
        return where.bind(jdbc.sql("""
                        SELECT e.code, e.name, e.jurisdiction_path,
                            COALESCE((SELECT bool_or(h.major_hazard) FROM hazard_source h
                                      WHERE h.enterprise_code = e.code), false) AS major,
                            COALESCE((SELECT array_agg(p.code ORDER BY p.code) FROM point p
                                      WHERE p.enterprise_code = e.code), '{}') AS points
                        FROM enterprise e WHERE""" + where.sql() + "ORDER BY e.code"))
                .query((rs, n) -> new EnterprisePoints(rs.getString("code"), rs.getString("name"),
                        rs.getString("jurisdiction_path"), rs.getBoolean("major"),
                        List.of((String[]) rs.getArray("points").getArray())))
                .list();
    }

    Optional<EnterpriseContacts> contacts(String code) {
        return jdbc.sql("""
                SELECT principal, principal_phone, safety_manager, safety_manager_phone, duty_phone
                FROM enterprise WHERE code = :code""").param("code", code)
                .query((rs, n) -> new EnterpriseContacts(rs.getString("principal"), rs.getString("principal_phone"),
                        rs.getString("safety_manager"), rs.getString("safety_manager_phone"),
                        rs.getString("duty_phone"))).optional();
    }

    List<HazardSourceView> hazardSources(String enterpriseCode) {
        return jdbc.sql("SELECT * FROM hazard_source WHERE enterprise_code = :e ORDER BY code")
                .param("e", enterpriseCode).query((rs, n) -> hazardSource(rs)).list();
    }

    /** The hazard sources of many enterprises in one query, by code (the overview's table of a province). */
    List<HazardSourceView> hazardSourcesOf(List<String> enterpriseCodes) {
        return jdbc.sql("SELECT * FROM hazard_source WHERE enterprise_code = ANY(:e) ORDER BY enterprise_code, code")
                .param("e", enterpriseCodes.toArray(String[]::new)).query((rs, n) -> hazardSource(rs)).list();
    }

    Optional<HazardSourceView> hazardSource(String code) {
        return jdbc.sql("SELECT * FROM hazard_source WHERE code = :code").param("code", code)
                .query((rs, n) -> hazardSource(rs)).optional();
    }

    /** @return whether such a hazard source exists */
    boolean recordOfficialLevel(String hazardSourceCode, Integer level) {
        return jdbc.sql("UPDATE hazard_source SET official_level = :level WHERE code = :code")
                .param("level", level).param("code", hazardSourceCode).update() == 1;
    }

    List<PointDefinition> pointsOf(String enterpriseCode) {
        return jdbc.sql(POINT_SELECT + " WHERE p.enterprise_code = :e ORDER BY p.code").param("e", enterpriseCode)
                .query((rs, n) -> point(rs)).list();
    }

    List<String> enterprisesWithPoints() {
        return jdbc.sql("SELECT DISTINCT enterprise_code FROM point ORDER BY 1").query(String.class).list();
    }

    List<GatewayCredentials> allGateways() {
        return jdbc.sql("SELECT code, enterprise_code, secret FROM gateway ORDER BY code")
                .query((rs, n) -> new GatewayCredentials(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The enterprise's cameras in code order (video-store: cameras in the read model). */
    List<BaseDataDocument.Camera> camerasOf(String enterpriseCode) {
        return jdbc.sql("""
                SELECT code, name, hazard_source_code, equipment_code, stream_url
                FROM camera WHERE enterprise_code = :e ORDER BY code""")
                .param("e", enterpriseCode)
                .query((rs, n) -> new BaseDataDocument.Camera(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    List<GatewayCredentials> gatewaysOf(String enterpriseCode) {
        return jdbc.sql("""
                SELECT code, enterprise_code, secret, previous_secret, previous_secret_until
                FROM gateway WHERE enterprise_code = :e""")
                .param("e", enterpriseCode)
                .query((rs, n) -> new GatewayCredentials(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject(5, java.time.OffsetDateTime.class).toInstant())).list();
    }

    List<CustodyAssignment> custodyPersons(String enterpriseCode) {
        return jdbc.sql("""
                SELECT * FROM custody_person WHERE enterprise_code = :e ORDER BY hazard_source_code,
                    CASE role WHEN 'main' THEN 0 WHEN 'technical' THEN 1 ELSE 2 END""")
                .param("e", enterpriseCode)
                .query((rs, n) -> new CustodyAssignment(rs.getString("hazard_source_code"),
                        rs.getString("enterprise_code"), rs.getString("role"), rs.getString("name"),
                        rs.getString("phone"), rs.getString("position"))).list();
    }

    private static RegisteredEnterprise enterprise(ResultSet rs) throws SQLException {
        return new RegisteredEnterprise(rs.getString("code"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("division_code"), rs.getString("park_code"), rs.getString("jurisdiction_path"),
                rs.getString("address"), number(rs, "lon"), number(rs, "lat"));
    }

    private static HazardSourceView hazardSource(ResultSet rs) throws SQLException {
        return new HazardSourceView(rs.getString("code"), rs.getString("enterprise_code"), rs.getString("name"),
                rs.getInt("exposed_people"), number(rs, "s"), number(rs, "r"), number(rs, "alpha"),
                (Boolean) rs.getObject("major_hazard"), integer(rs, "computed_level"),
                integer(rs, "official_level"), integer(rs, "level"),
                rs.getObject("graded_at", OffsetDateTime.class));
    }

    private static PointDefinition point(ResultSet rs) throws SQLException {
        Integer on = integer(rs, "on_delay_s");
        Integer off = integer(rs, "off_delay_s");
        return new PointDefinition(rs.getString("code"), rs.getString("enterprise_code"),
                rs.getString("hazard_source_code"), rs.getString("equipment_code"),
                PointKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("unit"),
                rs.getDouble("range_low"), rs.getDouble("range_high"), number(rs, "ll"), number(rs, "l"),
                number(rs, "h"), number(rs, "hh"), number(rs, "deadband"),
                on == null ? null : Duration.ofSeconds(on), off == null ? null : Duration.ofSeconds(off),
                rs.getString("tag_number"));
    }
}
