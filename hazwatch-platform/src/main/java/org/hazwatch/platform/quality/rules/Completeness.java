package org.hazwatch.platform.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.registry.CustodyAssignment;
import org.hazwatch.platform.registry.EnterpriseContacts;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;

/**
 * Base-data completeness (规范完整, SPEC §9): required fields filled / required. Required: of the enterprise its
 * credit code, address, location, principal and phone, safety manager and phone, duty-room phone (8); of each hazard
 * source its three custody persons (包保责任人: main, technical, operations) with a phone (3); of each point its tag
 * number (位号) and at least one alarm limit (2).
 *
 * @param missing the labels of the fields not filled
 */
public record Completeness(int required, int filled, List<String> missing) {

    public Completeness {
        missing = List.copyOf(missing);
    }

    public Double rate() {
        return required == 0 ? 1.0 : (double) filled / required;
    }

    public static Completeness of(RegisteredEnterprise enterprise, EnterpriseContacts contacts,
                                  List<HazardSourceView> hazardSources, List<CustodyAssignment> custody,
                                  List<PointDefinition> points) {
        Fields f = new Fields();
        EnterpriseContacts c = contacts == null ? new EnterpriseContacts(null, null, null, null, null) : contacts;
        f.check("统一社会信用代码", filled(enterprise.creditCode()));
        f.check("地址", filled(enterprise.address()));
        f.check("经纬度", enterprise.lon() != null && enterprise.lat() != null);
        f.check("主要负责人", filled(c.principal()));
        f.check("主要负责人电话", filled(c.principalPhone()));
        f.check("安全负责人", filled(c.safetyManager()));
        f.check("安全负责人电话", filled(c.safetyManagerPhone()));
        f.check("值班室电话", filled(c.dutyPhone()));
        for (HazardSourceView source : hazardSources) {
            for (String role : List.of("main", "technical", "operations")) {
                boolean has = custody.stream().anyMatch(a -> a.hazardSourceCode().equals(source.code())
                        && a.role().equals(role) && filled(a.name()) && filled(a.phone()));
                f.check(source.code() + " 包保责任人（" + roleLabel(role) + "）", has);
            }
        }
        for (PointDefinition point : points) {
            f.check(point.code() + " 位号", filled(point.tagNumber()));
            f.check(point.code() + " 报警阈值",
                    point.ll() != null || point.l() != null || point.h() != null || point.hh() != null);
        }
        return new Completeness(f.required, f.filled, f.missing);
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "main" -> "主要";
            case "technical" -> "技术";
            default -> "操作";
        };
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    private static final class Fields {
        int required;
        int filled;
        final List<String> missing = new ArrayList<>();

        void check(String label, boolean ok) {
            required++;
            if (ok) {
                filled++;
            } else {
                missing.add(label);
            }
        }
    }
}
