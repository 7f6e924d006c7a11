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
    private final BaseDataEdits edits;

    Registry(BaseDataImport imports, BaseDataJson json, RegistryQueries queries, RegistryReads reads,
             RegistryReadModel model, BaseDataEdits edits) {
        this.edits = edits;
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

    /**
     * Edits one point (its code stays) through the import's path: same checks, same events, audited as
     * {@code registry.edit}. Problems name the point's own fields ({@code hh}).
     *
     * @throws org.hazwatch.platform.support.InvalidInputException nothing is stored then
     * @throws org.hazwatch.platform.support.NotFoundException     when the actor does not see it
     */
    public ImportReport editPoint(Actor actor, String pointCode, BaseDataDocument.Point point) {
        return edits.point(actor, pointCode, point);
    }

    /** Edits one equipment's own fields and storage media; its points stay. See {@link #editPoint}. */
    public ImportReport editEquipment(Actor actor, String equipmentCode, BaseDataDocument.Equipment equipment) {
        return edits.equipment(actor, equipmentCode, equipment);
    }

    /** Edits one hazard source's own fields, chemicals and custody persons; its equipment stays. */
    public ImportReport editHazardSource(Actor actor, String hazardSourceCode, BaseDataDocument.HazardSource source) {
        return edits.hazardSource(actor, hazardSourceCode, source);
    }

    /** Edits one camera. See {@link #editPoint}. */
    public ImportReport editCamera(Actor actor, String cameraCode, BaseDataDocument.Camera camera) {
        return edits.camera(actor, cameraCode, camera);
    }

    /** The stored base data of an enterprise the actor sees (404 otherwise), gateway secrets never included. */
    public BaseDataDocument document(Actor actor, String enterpriseCode) {
        return reads.document(actor, enterpriseCode);
    }

    /** The enterprise's base data as the workbook (404 if the actor does not see it). */
    public byte[] exportWorkbook(Actor actor, String enterpriseCode) {
        return WorkbookWriter.write(reads.document(actor, enterpriseCode));
    }

    /** The enterprise's base data as the JSON import document (404 if the actor does not see it). */
    public byte[] exportJson(Actor actor, String enterpriseCode) {
        return json.write(reads.document(actor, enterpriseCode));
    }

    /** The empty workbook: every sheet with its column headers, to be filled in and uploaded. */
    public byte[] workbookTemplate() {
        return WorkbookWriter.template();
    }

    /** Whether the actor may change the enterprise's base data (the page offers its forms then). */
    public boolean mayEdit(Actor actor, String enterpriseCode) {
        try {
            RegistryAccess.checkWrites(actor, enterpriseCode);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    /** Every enterprise in the scope with its points, in one query (for access progress). */
    public List<EnterprisePoints> enterprisePoints(org.hazwatch.platform.org.JurisdictionScope scope) {
        return queries.enterprisePoints(scope);
    }

    /** The enterprises the actor sees, optionally beneath one jurisdiction, a page at a time. */
    public Page<RegisteredEnterprise> visibleEnterprises(Actor actor, String jurisdiction, int page, int size) {
        return reads.enterprises(actor, jurisdiction, page, size);
    }

    /**
     * Every enterprise the actor sees, optionally beneath one jurisdiction, by code, from the read model (memory, kept
     * until a registry write commits): the regulators' province-wide pages (issue 17: the overview and the commitment
     * board of 5,000 enterprises) without paging through the table. Same answer as {@link #visibleEnterprises}.
     */
    public List<RegisteredEnterprise> enterprisesSeenBy(Actor actor, String jurisdiction) {
        return reads.scope(actor, jurisdiction).map(scope -> model.allEnterprises().stream()
                .filter(e -> scope.sees(e.code(), e.jurisdictionPath())).toList()).orElse(List.of());
    }

    /** The graded hazard sources of an enterprise the actor sees (404 otherwise). */
    public List<HazardSourceView> visibleHazardSources(Actor actor, String enterpriseCode) {
        return reads.hazardSources(actor, enterpriseCode);
    }

    /**
     * The graded hazard sources of each of the enterprises, in one query (an enterprise without any is absent). Not
     * scoped: for callers that listed the enterprises the actor sees (issue 17: the overview's table).
     */
    public Map<String, List<HazardSourceView>> hazardSourcesOf(List<String> enterpriseCodes) {
        if (enterpriseCodes.isEmpty()) {
            return Map.of();
        }
        return queries.hazardSourcesOf(enterpriseCodes).stream().collect(java.util.stream.Collectors.groupingBy(
                HazardSourceView::enterpriseCode, LinkedHashMap::new, java.util.stream.Collectors.toList()));
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
        return model.custodyPersons(enterpriseCode);
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
