package org.hazwatch.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hazwatch.protocol.WireJson;

/**
 * The registry import document (基础数据导入) of the demo enterprise, generated from {@link TePlant} so that the
 * platform's seed and the simulator's points cannot drift apart. The platform ships it as
 * {@code demo/enterprises/14052500099.json}; {@code TeImportDocumentTest} fails when that file is stale.
 * <p>
 * Downs & Vogel disguised the TE components as A–H. The document names plausible chemicals from GB 18218-2018
 * table 1 in their place, no hydrogen: ethylene for the gaseous reactants A and C, methanol for the liquid feeds D
 * and E, toluene for the liquid products G and H. The quantities make the unit a major hazard source
 * (S = 20/50 + 120/500 + 300/500 = 1.24).
 */
public final class TeImportDocument {

    private TeImportDocument() {
    }

    /** The document as UTF-8 JSON text, pretty-printed, ending with a newline. */
    public static String json() {
        return WireJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document()) + "\n";
    }

    public static byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    static Document document() {
        Enterprise enterprise = new Enterprise(TePlant.ENTERPRISE_CODE, "晋城田纳西伊斯曼示范化工有限公司", "140525",
                "山西省晋城市泽州县巴公镇化工园区示范路1号", 112.85, 35.49);
        List<Chemical> chemicals = List.of(new Chemical("74-85-1", "乙烯", 20), new Chemical("67-56-1", "甲醇", 120),
                new Chemical("108-88-3", "甲苯", 300));
        List<Equipment> equipment = TePlant.EQUIPMENT.stream().map(TeImportDocument::equipment).toList();
        // 包保责任人 (应急厅〔2021〕12号): the platform's custody duties need one of each per hazard source
        List<CustodyPerson> custody = List.of(new CustodyPerson("main", "韩振华", "13900009900", "总经理"),
                new CustodyPerson("technical", "孙立群", "13900009901", "技术总监"),
                new CustodyPerson("operations", "马永刚", "13900009902", "装置主任"));
        HazardSource hazardSource = new HazardSource(TePlant.HAZARD_SOURCE_CODE, "TE 反应分离装置", 40, chemicals,
                custody, equipment);
        // videolive (issue 14): the camera the demo's gateway streams as a test pattern (docs/VIDEO-LIVE.md)
        List<Camera> cameras = List.of(new Camera(TePlant.ENTERPRISE_CODE + "V001", "反应器区域摄像头",
                TePlant.HAZARD_SOURCE_CODE));
        return new Document(enterprise, List.of(hazardSource), List.of(new Gateway(TePlant.GATEWAY_CODE, "TE 采集网关")),
                cameras);
    }

    private static Equipment equipment(TeEquipment unit) {
        List<Point> points = TePlant.POINTS.stream()
                .filter(p -> p.equipmentCode().equals(unit.code()))
                .map(p -> new Point(p.code(), p.name(), p.kind().name(), p.unit(), p.rangeLow(), p.rangeHigh(),
                        p.limits().ll(), p.limits().l(), p.limits().h(), p.limits().hh()))
                .toList();
        return new Equipment(unit.code(), unit.type().name(), unit.name(), points);
    }

    record Document(Enterprise enterprise, List<HazardSource> hazardSources, List<Gateway> gateways,
                    List<Camera> cameras) {
    }

    record Enterprise(String code, String name, String jurisdiction, String address, double lon, double lat) {
    }

    record HazardSource(String code, String name, int exposedPeople, List<Chemical> chemicals,
            List<CustodyPerson> custodyPersons, List<Equipment> equipment) {
    }

    record CustodyPerson(String role, String name, String phone, String position) {
    }

    record Chemical(String cas, String name, double quantityTonnes) {
    }

    record Equipment(String code, String type, String name, List<Point> points) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Point(String code, String name, String kind, String unit, double rangeLow, double rangeHigh, Double ll,
            Double l, Double h, Double hh) {
    }

    record Camera(String code, String name, String hazardSource) {
    }

    record Gateway(String code, String name) {
    }
}
