package org.hazwatch.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;

/**
 * The registry import documents (基础数据导入) of the load run's enterprises: {@link SyntheticPlant}'s codes and
 * measuring ranges, one hazard source holding its process units of up to 1,000 points, and one gateway.
 * {@code withGateway=false} leaves the gateway out: importing that and then the full document again rotates the
 * gateway's secret, which is how a run against a platform that already knows the enterprise learns a secret.
 */
public final class ImportDocuments implements Registration.Documents {

    private final SyntheticPlant plant;

    public ImportDocuments(SyntheticPlant plant) {
        this.plant = plant;
    }

    @Override
    public byte[] json(String enterpriseCode, boolean withGateway) {
        return WireJson.encode(document(enterpriseCode, withGateway));
    }

    Document document(String enterpriseCode, boolean withGateway) {
        String serial = enterpriseCode.substring(6);
        Map<String, List<Point>> byUnit = new LinkedHashMap<>();
        for (String code : plant.pointCodes(enterpriseCode)) {
            String kind = PointCode.of(code).kind().name();
            SyntheticPlant.MeasuringRange range = SyntheticPlant.range(PointCode.of(code).kind());
            byUnit.computeIfAbsent(code.substring(0, Codes.EQUIPMENT_LENGTH), unit -> new ArrayList<>())
                    .add(new Point(code, kind + code.substring(Codes.POINT_LENGTH - 3), kind, range.low(),
                            range.high()));
        }
        List<Equipment> units = byUnit.entrySet().stream()
                .map(e -> new Equipment(e.getKey(), "S0", "负载测试装置 " + e.getKey().substring(16), e.getValue()))
                .toList();
        HazardSource source = new HazardSource(enterpriseCode + "001", "负载测试危险源", 10,
                List.of(new Chemical("67-56-1", "甲醇", 100)), units);
        List<Gateway> gateways = withGateway
                ? List.of(new Gateway(SyntheticPlant.gatewayCode(enterpriseCode), "负载测试网关 " + serial))
                : List.of();
        return new Document(new Enterprise(enterpriseCode, "负载测试企业 " + serial, "140525"), List.of(source),
                gateways);
    }

    record Document(Enterprise enterprise, List<HazardSource> hazardSources, List<Gateway> gateways) {
    }

    record Enterprise(String code, String name, String jurisdiction) {
    }

    record HazardSource(String code, String name, int exposedPeople, List<Chemical> chemicals,
                        List<Equipment> equipment) {
    }

    record Chemical(String cas, String name, double quantityTonnes) {
    }

    record Equipment(String code, String type, String name, List<Point> points) {
    }

    record Point(String code, String name, String kind, double rangeLow, double rangeHigh) {
    }

    record Gateway(String code, String name) {
    }
}
