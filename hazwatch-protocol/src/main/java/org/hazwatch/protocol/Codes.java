package org.hazwatch.protocol;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hierarchical codes of SPEC §2 (Jiangsu lineage): each code extends its parent's.
 * <pre>
 * enterprise   11 = 6-digit division code + 5-digit serial                14052500001
 * hazard       14 = enterprise + 3-digit serial                           14052500001001
 * equipment    19 = hazard + type (G0 Q0 S0 C0 ZX) + 3-digit serial       14052500001001G0001
 * point        24 = equipment + kind (WD YL YW LL KR YD YQ) + 3-digit serial 14052500001001G0001YW001
 * gateway      13 = enterprise + 2-digit serial                           1405250000101
 * </pre>
 * Each check returns the reason a code is wrong, or empty when it is right. The typed codes ({@link EnterpriseCode},
 * {@link HazardSourceCode}, {@link EquipmentCode}, {@link PointCode}, {@link GatewayCode}) are made through these
 * checks and carry the hierarchy ({@code point.enterprise()}).
 */
public final class Codes {

    public static final int ENTERPRISE_LENGTH = 11;
    public static final int HAZARD_SOURCE_LENGTH = 14;
    public static final int EQUIPMENT_LENGTH = 19;
    public static final int POINT_LENGTH = 24;
    public static final int GATEWAY_LENGTH = 13;
    /** A camera's code (SPEC §11) is its enterprise's code and a suffix of the enterprise's choosing, 12 to 32 characters. */
    public static final int CAMERA_MAX_LENGTH = 32;

    private Codes() {
    }

    public static Optional<String> checkEnterprise(String code) {
        return length(code, ENTERPRISE_LENGTH, "企业编码 enterprise code")
                .or(() -> digits(code, 0, ENTERPRISE_LENGTH, "企业编码 enterprise code"))
                .or(() -> code.startsWith("000") ? Optional.of("enterprise code must begin with a division code")
                        : Optional.empty());
    }

    public static Optional<String> checkHazardSource(String code, String enterpriseCode) {
        return length(code, HAZARD_SOURCE_LENGTH, "危险源编码 hazard source code")
                .or(() -> prefix(code, enterpriseCode, "enterprise"))
                .or(() -> digits(code, ENTERPRISE_LENGTH, HAZARD_SOURCE_LENGTH, "危险源编码 hazard source code"));
    }

    public static Optional<String> checkEquipment(String code, String hazardSourceCode) {
        return length(code, EQUIPMENT_LENGTH, "设备编码 equipment code")
                .or(() -> prefix(code, hazardSourceCode, "hazard source"))
                .or(() -> EquipmentType.of(code.substring(14, 16)).isPresent() ? Optional.empty()
                        : Optional.of("equipment type '" + code.substring(14, 16) + "' is not one of G0 Q0 S0 C0 ZX"))
                .or(() -> digits(code, 16, EQUIPMENT_LENGTH, "设备编码 equipment code"));
    }

    public static Optional<String> checkPoint(String code, String equipmentCode) {
        return length(code, POINT_LENGTH, "监测点编码 point code")
                .or(() -> prefix(code, equipmentCode, "equipment"))
                .or(() -> PointKind.of(code.substring(19, 21)).isPresent() ? Optional.empty()
                        : Optional.of("point kind '" + code.substring(19, 21) + "' is not one of WD YL YW LL KR YD YQ"))
                .or(() -> digits(code, 21, POINT_LENGTH, "监测点编码 point code"));
    }

    public static Optional<String> checkGateway(String code, String enterpriseCode) {
        return length(code, GATEWAY_LENGTH, "网关编码 gateway code")
                .or(() -> prefix(code, enterpriseCode, "enterprise"))
                .or(() -> digits(code, ENTERPRISE_LENGTH, GATEWAY_LENGTH, "网关编码 gateway code"));
    }

    /**
     * What is wrong with a camera's code: its enterprise's code, then 1 to 21 characters of the enterprise's choosing,
     * no spaces (the registry's 32-character limit; SPEC §11 only asks that it begin with its enterprise's code).
     */
    public static Optional<String> checkCamera(String code, String enterpriseCode) {
        if (code == null || code.isEmpty()) {
            return Optional.of("摄像头编码 camera code is missing");
        }
        if (code.length() <= ENTERPRISE_LENGTH || code.length() > CAMERA_MAX_LENGTH) {
            return Optional.of("摄像头编码 camera code must have " + (ENTERPRISE_LENGTH + 1) + " to " + CAMERA_MAX_LENGTH
                    + " characters, not " + code.length());
        }
        for (int i = ENTERPRISE_LENGTH; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of("摄像头编码 camera code may hold no spaces or control characters");
            }
        }
        return prefix(code, enterpriseCode, "enterprise")
                .or(() -> checkEnterprise(code.substring(0, ENTERPRISE_LENGTH)));
    }

    /** What is wrong with a whole hazard-source code, its enterprise's part too: typed codes check their lineage. */
    static Optional<String> wholeHazardSource(String code) {
        return checkHazardSource(code, null).or(() -> checkEnterprise(code.substring(0, ENTERPRISE_LENGTH)));
    }

    static Optional<String> wholeEquipment(String code) {
        return checkEquipment(code, null).or(() -> wholeHazardSource(code.substring(0, HAZARD_SOURCE_LENGTH)));
    }

    static Optional<String> wholePoint(String code) {
        return checkPoint(code, null).or(() -> wholeEquipment(code.substring(0, EQUIPMENT_LENGTH)));
    }

    static Optional<String> wholeGateway(String code) {
        return checkGateway(code, null).or(() -> checkEnterprise(code.substring(0, ENTERPRISE_LENGTH)));
    }

    /** Refuses a code with the reason its check gave; the typed codes call this once, when they are made. */
    /** A typed code made from a string, checked once (by its constructor); empty when the string is not one. */
    static <T> Optional<T> parsed(Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }

    static void require(Optional<String> problem, String code) {
        problem.ifPresent(reason -> {
            throw new IllegalArgumentException(reason + ": " + code);
        });
    }

    private static Optional<String> length(String code, int expected, String what) {
        if (code == null || code.isEmpty()) {
            return Optional.of(what + " is missing");
        }
        return code.length() == expected ? Optional.empty()
                : Optional.of(what + " must have " + expected + " characters, not " + code.length());
    }

    private static Optional<String> prefix(String code, String parent, String parentName) {
        if (parent == null || code.startsWith(parent)) {
            return Optional.empty();
        }
        return Optional.of("must begin with its " + parentName + "'s code " + parent);
    }

    private static Optional<String> digits(String code, int from, int to, String what) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return Optional.of(what + " must have a digit at position " + (i + 1));
            }
        }
        return Optional.empty();
    }
}
