package org.hazwatch.platform.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Camera;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Chemical;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Contacts;
import org.hazwatch.platform.registry.rules.BaseDataDocument.CustodyPerson;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Equipment;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Gateway;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Point;
import org.hazwatch.platform.registry.rules.BaseDataDocument.StorageMedium;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one enterprise's stored base data back into the import document's shape (never the gateway secrets). */
@Repository
class BaseDataReader {

    private final JdbcClient jdbc;

    BaseDataReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BaseDataDocument> document(String enterpriseCode) {
        return jdbc.sql("SELECT * FROM enterprise WHERE code = :code").param("code", enterpriseCode)
                .query((rs, n) -> enterprise(rs)).optional()
                .map(e -> new BaseDataDocument(e, hazardSources(enterpriseCode), gateways(enterpriseCode),
                        cameras(enterpriseCode)));
    }

    private static BaseDataDocument.Enterprise enterprise(ResultSet rs) throws SQLException {
        Contacts contacts = new Contacts(rs.getString("principal"), rs.getString("principal_phone"),
                rs.getString("safety_manager"), rs.getString("safety_manager_phone"));
        boolean noContacts = contacts.equals(new Contacts(null, null, null, null));
        String park = rs.getString("park_code");
        return new BaseDataDocument.Enterprise(rs.getString("code"), rs.getString("name"),
                rs.getString("credit_code"), rs.getString("division_code"), park, rs.getString("address"),
                number(rs, "lon"), number(rs, "lat"), noContacts ? null : contacts, rs.getString("duty_phone"));
    }

    private List<HazardSource> hazardSources(String enterprise) {
        Map<String, List<Chemical>> chemicals = jdbc.sql("""
                        SELECT * FROM hazard_chemical WHERE enterprise_code = :e ORDER BY hazard_source_code, ordinal""")
                .param("e", enterprise).query((rs, n) -> Map.entry(rs.getString("hazard_source_code"),
                        new Chemical(rs.getString("cas"), rs.getString("name"), rs.getString("hazard_class"),
                                number(rs, "quantity_t"))))
                .list().stream().collect(grouped());
        Map<String, List<CustodyPerson>> custody = jdbc.sql("""
                        SELECT * FROM custody_person WHERE enterprise_code = :e
                        ORDER BY hazard_source_code, array_position(ARRAY['main', 'technical', 'operations'], role)""")
                .param("e", enterprise).query((rs, n) -> Map.entry(rs.getString("hazard_source_code"),
                        new CustodyPerson(rs.getString("role"), rs.getString("name"), rs.getString("phone"),
                                rs.getString("position"))))
                .list().stream().collect(grouped());
        Map<String, List<Equipment>> equipment = equipment(enterprise);
        return jdbc.sql("SELECT code, name, exposed_people FROM hazard_source WHERE enterprise_code = :e ORDER BY code")
                .param("e", enterprise)
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    return new HazardSource(code, rs.getString("name"), rs.getInt("exposed_people"),
                            chemicals.get(code), custody.get(code), equipment.get(code));
                }).list();
    }

    private Map<String, List<Equipment>> equipment(String enterprise) {
        Map<String, List<StorageMedium>> media = jdbc.sql("""
                        SELECT * FROM storage_medium WHERE enterprise_code = :e ORDER BY equipment_code, ordinal""")
                .param("e", enterprise).query((rs, n) -> Map.entry(rs.getString("equipment_code"),
                        new StorageMedium(rs.getString("cas"), rs.getString("name"), rs.getString("form"),
                                number(rs, "max_quantity_t"))))
                .list().stream().collect(grouped());
        Map<String, List<Point>> points = jdbc.sql("SELECT * FROM point WHERE enterprise_code = :e ORDER BY code")
                .param("e", enterprise).query((rs, n) -> Map.entry(rs.getString("equipment_code"), point(rs)))
                .list().stream().collect(grouped());
        return jdbc.sql("SELECT * FROM equipment WHERE enterprise_code = :e ORDER BY code")
                .param("e", enterprise)
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    return Map.entry(rs.getString("hazard_source_code"), new Equipment(code, rs.getString("type"),
                            rs.getString("name"), rs.getString("medium_cas"), number(rs, "volume_m3"),
                            number(rs, "design_pressure_mpa"), number(rs, "design_temperature_c"),
                            number(rs, "area_m2"), number(rs, "max_stock_t"), integer(rs, "loading_arms"),
                            number(rs, "loading_rate_m3h"), media.get(code), points.get(code)));
                }).list().stream().collect(grouped());
    }

    private static Point point(ResultSet rs) throws SQLException {
        return new Point(rs.getString("code"), rs.getString("name"), rs.getString("kind"), rs.getString("unit"),
                number(rs, "range_low"), number(rs, "range_high"), number(rs, "ll"), number(rs, "l"),
                number(rs, "h"), number(rs, "hh"), number(rs, "deadband"), integer(rs, "on_delay_s"),
                integer(rs, "off_delay_s"), rs.getString("tag_number"));
    }

    private List<Gateway> gateways(String enterprise) {
        return jdbc.sql("SELECT * FROM gateway WHERE enterprise_code = :e ORDER BY code").param("e", enterprise)
                .query((rs, n) -> new Gateway(rs.getString("code"), rs.getString("name"), rs.getString("vendor"),
                        rs.getString("ip"), rs.getInt("sampling_period_s")))
                .list();
    }

    private List<Camera> cameras(String enterprise) {
        return jdbc.sql("SELECT * FROM camera WHERE enterprise_code = :e ORDER BY code").param("e", enterprise)
                .query((rs, n) -> new Camera(rs.getString("code"), rs.getString("name"),
                        rs.getString("hazard_source_code"), rs.getString("equipment_code"), rs.getString("stream_url")))
                .list();
    }

    private static <T> java.util.stream.Collector<Map.Entry<String, T>, ?, Map<String, List<T>>> grouped() {
        return Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()));
    }

    static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
