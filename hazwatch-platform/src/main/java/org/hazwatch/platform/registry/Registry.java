package org.hazwatch.platform.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.EnterpriseLocator;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.support.EntryClass;
import org.springframework.stereotype.Service;

/**
 * The registry (基础数据) as other features use it: importing base data, and looking up enterprises, points and
 * gateways by code. Look-ups are not scoped; callers check the actor against
 * {@link RegisteredEnterprise#jurisdictionPath()} where a person asked. Look-ups by code are answered from the read
 * model (memory), which follows every registry write ({@link RegistryChanged}).
 */
@Service
@EntryClass
public class Registry implements EnterpriseLocator {

    private final BaseDataImport imports;
    private final BaseDataJson json;
    private final RegistryQueries queries;
    private final RegistryReads reads;
    private final RegistryReadModel model;

    Registry(BaseDataImport imports, BaseDataJson json, RegistryQueries queries, RegistryReads reads,
             RegistryReadModel model) {
        this.imports = imports;
        this.json = json;
        this.queries = queries;
        this.reads = reads;
        this.model = model;
    }

    /**
     * Imports a JSON document of the shape of {@code POST /api/v1/registry/import} on behalf of the actor
     * (the demo seed passes {@link Actor#system()}).
     *
     * @throws org.hazwatch.platform.support.InvalidInputException with every problem; nothing is stored then
     */
    public ImportReport importJson(Actor actor, byte[] document) {
        return imports.importDocument(actor, json.read(document));
    }

    public ImportReport importDocument(Actor actor, BaseDataDocument document) {
        return imports.importDocument(actor, document);
    }

    /**
     * Imports a workbook of the provincial template's layout (sheets 企业基本信息 … 包保责任人); problems are
     * reported at their cells ({@code 监测点位!K7}).
     */
    public ImportReport importWorkbook(Actor actor, byte[] xlsx) {
        WorkbookDocument workbook = new WorkbookDocument(WorkbookReader.read(xlsx));
        return imports.importDocument(actor, workbook.document(), workbook::problems);
    }

    /** The enterprises the actor sees, optionally beneath one jurisdiction, a page at a time. */
    public Page<RegisteredEnterprise> visibleEnterprises(Actor actor, String jurisdiction, int page, int size) {
        return reads.enterprises(actor, jurisdiction, page, size);
    }

    /** The graded hazard sources of an enterprise the actor sees (404 otherwise). */
    public List<HazardSourceView> visibleHazardSources(Actor actor, String enterpriseCode) {
        return reads.hazardSources(actor, enterpriseCode);
    }

    /** The GB 18218-2018 grading of a hazard source the actor sees, with its working (404 otherwise). */
    public GradingView grading(Actor actor, String hazardSourceCode) {
        return reads.grading(actor, hazardSourceCode);
    }

    /** The names of an enterprise's equipment (设备), by equipment code, for views (404 if the actor does not see it). */
    public Map<String, String> equipmentNames(Actor actor, String enterpriseCode) {
        Map<String, String> names = new LinkedHashMap<>();
        reads.document(actor, enterpriseCode).hazardSources().forEach(h -> h.equipment()
                .forEach(e -> names.put(e.code(), e.name())));
        return names;
    }

    /** The enterprise with its hazard sources and points; empty when it is not registered. */
    public Optional<EnterpriseRegistration> registration(String enterpriseCode) {
        return model.registration(enterpriseCode);
    }

    /** A feature's own value derived from each registration, derived again when the registration changes. */
    public <V> RegistryProjection<V> projection(Function<EnterpriseRegistration, V> derive) {
        return new RegistryProjection<>(model::registration, derive);
    }

    public Optional<RegisteredEnterprise> enterprise(String enterpriseCode) {
        return model.registration(enterpriseCode).map(EnterpriseRegistration::enterprise);
    }

    @Override
    public Optional<String> jurisdictionPathOf(String enterpriseCode) {
        return enterprise(enterpriseCode).map(RegisteredEnterprise::jurisdictionPath);
    }

    /** The enterprise's principal, safety manager and duty-room phone, for notifications. */
    public Optional<EnterpriseContacts> contacts(String enterpriseCode) {
        return queries.contacts(enterpriseCode);
    }

    public Optional<PointDefinition> point(String pointCode) {
        return model.point(pointCode);
    }

    /** The enterprise's points in code order. */
    public List<PointDefinition> pointsOf(String enterpriseCode) {
        return model.registration(enterpriseCode).map(EnterpriseRegistration::points).orElse(List.of());
    }

    /** The custody responsible persons (包保责任人) of an enterprise's hazard sources, main first. */
    public List<CustodyAssignment> custodyPersons(String enterpriseCode) {
        return queries.custodyPersons(enterpriseCode);
    }

    /** Enterprises with at least one registered point: those whose data is expected. */
    public List<String> enterprisesWithPoints() {
        return model.enterprisesWithPoints();
    }

    /** Every registered gateway with its credentials, by code: for the Mosquitto password and ACL files. */
    public List<GatewayCredentials> gateways() {
        return queries.allGateways();
    }

    /** The gateway's enterprise and HMAC secret, for ingest to verify signatures (SPEC §10). */
    public Optional<GatewayCredentials> gateway(String gatewayCode) {
        return model.gateway(gatewayCode);
    }
}
