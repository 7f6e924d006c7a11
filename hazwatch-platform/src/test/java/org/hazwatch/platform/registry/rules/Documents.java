package org.hazwatch.platform.registry.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Chemical;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Enterprise;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Equipment;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Gateway;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Point;

/** A small jurisdiction tree and the SPEC's chlorine tank farm, for the rule tests. */
final class Documents {

    static final String ENTERPRISE = "14052500001";

    static final Map<String, Jurisdiction> TREE = Map.of(
            "140000", new Jurisdiction("140000", "山西省", JurisdictionLevel.PROVINCE, null, "140000/"),
            "140500", new Jurisdiction("140500", "晋城市", JurisdictionLevel.CITY, "140000", "140000/140500/"),
            "140525", new Jurisdiction("140525", "泽州县", JurisdictionLevel.COUNTY, "140500", "140000/140500/140525/"),
            "140521", new Jurisdiction("140521", "沁水县", JurisdictionLevel.COUNTY, "140500", "140000/140500/140521/"),
            "140525100", new Jurisdiction("140525100", "南村镇", JurisdictionLevel.TOWN, "140525",
                    "140000/140500/140525/140525100/"),
            "140525P01", new Jurisdiction("140525P01", "泽州化工园区", JurisdictionLevel.PARK, "140525",
                    "140000/140500/140525/140525P01/"),
            "140500P01", new Jurisdiction("140500P01", "晋城市化工园区", JurisdictionLevel.PARK, "140500",
                    "140000/140500/140500P01/"));

    static final Function<String, Optional<Jurisdiction>> LOOKUP = code -> Optional.ofNullable(TREE.get(code));

    /** Chlorine and coal gas (by name) are known; anything else needs a hazard class, as the catalogue would say. */
    static final Function<ChemicalAmount, List<String>> GRADABLE = c -> "7782-50-5".equals(c.cas())
            || c.cas() == null && "煤气".equals(c.name()) || c.hazardClass() != null ? List.of()
            : List.of("unknown chemical " + c.cas() + " without a hazard class");

    private Documents() {
    }

    static Point level(String code, Double ll, Double l, Double h, Double hh) {
        return new Point(code, "液位", "YW", "m", 0.0, 10.0, ll, l, h, hh, null, null, null, null);
    }

    static BaseDataDocument tankFarm(List<Point> points) {
        return tankFarm(points, List.of(new Chemical("7782-50-5", "氯", null, 20.0)));
    }

    static BaseDataDocument tankFarm(List<Point> points, List<Chemical> chemicals) {
        Equipment tank = new Equipment(ENTERPRISE + "001G0001", "G0", "1#液氯储罐", "7782-50-5", 30.0, 1.6, null,
                null, null, null, null, null, points);
        HazardSource source = new HazardSource(ENTERPRISE + "001", "液氯罐区", 40, chemicals, null, List.of(tank));
        return new BaseDataDocument(enterprise(ENTERPRISE, "140525", null), List.of(source),
                List.of(new Gateway(ENTERPRISE + "01", "网关", null, "10.0.0.8", null)), null);
    }

    static Enterprise enterprise(String code, String jurisdiction, String park) {
        return new Enterprise(code, "晋城示范化工有限公司", null, jurisdiction, park, "泽州县", 112.85, 35.49, null, null);
    }
}
