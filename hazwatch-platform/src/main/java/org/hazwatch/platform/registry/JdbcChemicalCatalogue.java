package org.hazwatch.platform.registry;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.registry.rules.CatalogueChemical;
import org.hazwatch.platform.registry.rules.ChemicalCatalogue;
import org.hazwatch.platform.registry.rules.HazardClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chemicals catalogue (危险化学品目录) from tables {@code chemical} and {@code hazard_class}, held in memory:
 * loaded on first use, reloaded by {@link #refresh()} after chemicals are added.
 */
@Repository
class JdbcChemicalCatalogue implements ChemicalCatalogue {

    private static final String CHEMICALS = """
            SELECT table1_seq, name, aliases, cas_numbers, critical_tonnes, hazard_classes, table3_beta, class_basis
            FROM chemical
            ORDER BY table1_seq NULLS LAST, name
            """;
    private static final String HAZARD_CLASSES = """
            SELECT symbol, hazard, scope, critical_tonnes, beta FROM hazard_class ORDER BY position
            """;

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    JdbcChemicalCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CatalogueChemical> byCas(String cas) {
        return allByCas(cas).stream()
                .min(Comparator.comparing(CatalogueChemical::criticalTonnes,
                        Comparator.nullsLast(Comparator.naturalOrder())));
    }

    @Override
    public List<CatalogueChemical> allByCas(String cas) {
        return cas == null ? List.of() : snapshot().byCas().getOrDefault(cas.trim(), List.of());
    }

    @Override
    public List<CatalogueChemical> all() {
        return snapshot().chemicals();
    }

    @Override
    public Optional<HazardClass> hazardClass(String symbol) {
        return Optional.ofNullable(symbol).map(s -> snapshot().hazardClasses().get(s.trim().toUpperCase()));
    }

    List<HazardClass> hazardClasses() {
        return List.copyOf(snapshot().hazardClasses().values());
    }

    /** Reloads both tables; call after chemicals were added or changed. */
    void refresh() {
        List<CatalogueChemical> chemicals = jdbc.sql(CHEMICALS).query(JdbcChemicalCatalogue::chemical).list();
        Map<String, HazardClass> classes = jdbc.sql(HAZARD_CLASSES)
                .query((rs, n) -> new HazardClass(rs.getString("symbol"), rs.getString("hazard"), rs.getString("scope"),
                        rs.getBigDecimal("critical_tonnes").doubleValue(), rs.getBigDecimal("beta").doubleValue()))
                .list().stream()
                .collect(Collectors.toMap(HazardClass::symbol, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<CatalogueChemical>> byCas = chemicals.stream()
                .flatMap(c -> c.casNumbers().stream().map(cas -> Map.entry(cas, c)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
        snapshot = new Snapshot(List.copyOf(chemicals), Map.copyOf(byCas), classes);
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    refresh();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private static CatalogueChemical chemical(ResultSet rs, int row) throws SQLException {
        int seq = rs.getInt("table1_seq");
        return new CatalogueChemical(rs.wasNull() ? null : seq, rs.getString("name"), strings(rs.getArray("aliases")),
                strings(rs.getArray("cas_numbers")), number(rs.getBigDecimal("critical_tonnes")),
                strings(rs.getArray("hazard_classes")), number(rs.getBigDecimal("table3_beta")),
                rs.getString("class_basis"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private record Snapshot(List<CatalogueChemical> chemicals, Map<String, List<CatalogueChemical>> byCas,
                            Map<String, HazardClass> hazardClasses) {
    }
}
