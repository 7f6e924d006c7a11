package org.hazwatch.platform.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hazwatch.platform.registry.ImportReport.TableChange;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.EnterprisePlacement;
import org.hazwatch.platform.registry.rules.Grading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a validated document over what is stored for its enterprise: rows in the document are inserted or
 * updated in place (keyed by code), rows of the enterprise absent from the document are removed.
 * Call inside a transaction.
 */
@Repository
class BaseDataWriter {

    /** Tables in the order they are written; removal runs in the reverse order. */
    private static final List<Table> TABLES = List.of(
            new Table("enterprise", "code", "code"),
            new Table("hazard_source", "code", "enterprise_code"),
            new Table("hazard_chemical", "hazard_source_code || '/' || chemical_key", "enterprise_code"),
            new Table("custody_person", "hazard_source_code || '/' || role", "enterprise_code"),
            new Table("equipment", "code", "enterprise_code"),
            new Table("storage_medium", "equipment_code || '/' || cas", "enterprise_code"),
            new Table("point", "code", "enterprise_code"),
            new Table("gateway", "code", "enterprise_code"),
            new Table("camera", "code", "enterprise_code"));

    private record Table(String name, String key, String enterpriseColumn) {
    }

    private final JdbcClient jdbc;
    private final TreeWrites tree;

    BaseDataWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tree = new TreeWrites(jdbc);
    }

    /**
     * @param gradings   hazard source code → its GB 18218 grading
     * @param newSecrets gateway code → secret, asked for each gateway the enterprise does not have yet
     */
    Map<String, TableChange> write(BaseDataDocument document, EnterprisePlacement placement,
                                   Map<String, Grading> gradings, Function<String, String> newSecrets) {
        String enterprise = document.enterprise().code();
        Map<String, List<String>> wanted = keys(document);
        Map<String, TableChange> changes = new LinkedHashMap<>();
        for (Table table : TABLES) {
            changes.put(table.name(), diff(table, enterprise, wanted.get(table.name())));
        }
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            Table table = TABLES.get(i);
            List<String> removed = changes.get(table.name()).removedKeys();
            if (!removed.isEmpty()) {
                jdbc.sql("DELETE FROM " + table.name() + " WHERE " + table.enterpriseColumn() + " = :enterprise AND "
                                + table.key() + " IN (:keys)")
                        .param("enterprise", enterprise).param("keys", removed).update();
            }
        }
        tree.enterprise(document.enterprise(), placement);
        for (HazardSource source : document.hazardSources()) {
            tree.hazardSource(enterprise, source, gradings.get(source.code()));
        }
        Set<String> created = Set.copyOf(changes.get("gateway").createdKeys());
        for (var gateway : document.gateways()) {
            tree.gateway(enterprise, gateway, created.contains(gateway.code()) ? newSecrets.apply(gateway.code()) : null);
        }
        document.cameras().forEach(camera -> tree.camera(enterprise, camera));
        return changes;
    }

    private TableChange diff(Table table, String enterprise, List<String> wanted) {
        Set<String> existing = new LinkedHashSet<>(jdbc.sql("SELECT " + table.key() + " FROM " + table.name()
                        + " WHERE " + table.enterpriseColumn() + " = :enterprise ORDER BY 1")
                .param("enterprise", enterprise).query(String.class).list());
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (String key : wanted) {
            (existing.remove(key) ? updated : created).add(key);
        }
        List<String> removed = List.copyOf(existing);
        return new TableChange(created.size(), updated.size(), removed.size(), created, updated, removed);
    }

    private static Map<String, List<String>> keys(BaseDataDocument document) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        TABLES.forEach(t -> keys.put(t.name(), new ArrayList<>()));
        keys.get("enterprise").add(document.enterprise().code());
        for (HazardSource source : document.hazardSources()) {
            keys.get("hazard_source").add(source.code());
            source.chemicals().forEach(c -> keys.get("hazard_chemical").add(source.code() + "/" + c.key()));
            source.custodyPersons().forEach(p -> keys.get("custody_person").add(source.code() + "/" + p.role()));
            for (var equipment : source.equipment()) {
                keys.get("equipment").add(equipment.code());
                equipment.storageMedia().forEach(m -> keys.get("storage_medium").add(equipment.code() + "/" + m.cas()));
                equipment.points().forEach(p -> keys.get("point").add(p.code()));
            }
        }
        document.gateways().forEach(g -> keys.get("gateway").add(g.code()));
        document.cameras().forEach(c -> keys.get("camera").add(c.code()));
        return keys;
    }
}
