package org.hazwatch.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;

/**
 * The registry import documents (基础数据导入) of the province bench: one enterprise of {@link ProvinceLayout} in its
 * county, at its coordinates, one hazard source (600 t methanol, a major one: q/Q 1.2) holding process units of up to 1,000 points, each
 * point with its measuring range, H and HH limits and no on- or off-delay (so a single crossing reading raises an
 * alarm and the next normal one clears it), and one gateway that pushes every {@code samplingSeconds}.
 */
public final class ProvinceDocuments implements Registration.Documents {

    private final ProvinceLayout layout;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final int samplingSeconds;

    public ProvinceDocuments(ProvinceLayout layout, int samplingSeconds) {
        this.layout = layout;
        this.samplingSeconds = samplingSeconds;
        for (int i = 0; i < layout.enterprises(); i++) {
            index.put(layout.enterprise(i), i);
        }
    }

    @Override
    public byte[] json(String enterpriseCode, boolean withGateway) {
        return WireJson.encode(document(enterpriseCode, withGateway));
    }

    Document document(String enterpriseCode, boolean withGateway) {
        Integer i = index.get(enterpriseCode);
        if (i == null) {
            throw new IllegalArgumentException("not an enterprise of the layout: " + enterpriseCode);
        }
        String serial = enterpriseCode.substring(ProvinceLayout.COUNTY_LENGTH);
        Map<String, List<Point>> byUnit = new LinkedHashMap<>();
        for (int p = 0; p < layout.pointsPerEnterprise(); p++) {
            String code = enterpriseCode + layout.pointSuffix(p);
            String kind = ProvinceLayout.kindOf(p).name();
            SyntheticPlant.MeasuringRange range = ProvinceLayout.range(p);
            byUnit.computeIfAbsent(code.substring(0, Codes.EQUIPMENT_LENGTH), unit -> new ArrayList<>())
                    .add(new Point(code, kind + code.substring(Codes.POINT_LENGTH - 3), kind, range.low(),
                            range.high(), ProvinceLayout.limitH(p), ProvinceLayout.limitHH(p), 0, 0));
        }
        List<Equipment> units = byUnit.entrySet().stream()
                .map(e -> new Equipment(e.getKey(), "S0", "省级负载装置 " + e.getKey().substring(16), e.getValue()))
                .toList();
        HazardSource source = new HazardSource(enterpriseCode + "001", "省级负载危险源", 10,
                List.of(new Chemical("67-56-1", "甲醇", 600)), units);
        List<Gateway> gateways = withGateway
                ? List.of(new Gateway(SyntheticPlant.gatewayCode(enterpriseCode), "省级负载网关 " + serial,
                        samplingSeconds))
                : List.of();
        double[] lonLat = layout.lonLat(i);
        return new Document(new Enterprise(enterpriseCode, "省级负载企业 " + layout.county(i) + "-" + serial,
                layout.county(i), lonLat[0], lonLat[1]), List.of(source), gateways);
    }

    record Document(Enterprise enterprise, List<HazardSource> hazardSources, List<Gateway> gateways) {
    }

    record Enterprise(String code, String name, String jurisdiction, double lon, double lat) {
    }

    record HazardSource(String code, String name, int exposedPeople, List<Chemical> chemicals,
                        List<Equipment> equipment) {
    }

    record Chemical(String cas, String name, double quantityTonnes) {
    }

    record Equipment(String code, String type, String name, List<Point> points) {
    }

    record Point(String code, String name, String kind, double rangeLow, double rangeHigh, double h, double hh,
                 int onDelaySeconds, int offDelaySeconds) {
    }

    record Gateway(String code, String name, int samplingPeriodSeconds) {
    }
}
