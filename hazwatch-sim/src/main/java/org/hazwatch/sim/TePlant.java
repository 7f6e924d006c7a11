package org.hazwatch.sim;

import static org.hazwatch.protocol.EquipmentType.S0;

import java.util.List;
import org.hazwatch.protocol.PointKind;

/**
 * The Tennessee Eastman plant as the demo enterprise 14052500099 registers it: one major hazard source (重大危险源)
 * with five process units, and the first 22 measurements XMEAS(1..22) as its points. The limits are those Downs &
 * Vogel (1993) published: the normal operating limit as L/H, the shutdown limit as LL/HH. Levels are reported in
 * per cent of the transmitter's span; the volume limits in m³ are converted with {@link #levelPercent}.
 */
public final class TePlant {

    public static final String ENTERPRISE_CODE = "14052500099";
    public static final String HAZARD_SOURCE_CODE = ENTERPRISE_CODE + "001";
    public static final String GATEWAY_CODE = ENTERPRISE_CODE + "01";

    public static final TeEquipment REACTOR = unit(1, "反应器");
    public static final TeEquipment SEPARATOR = unit(2, "产品分离器");
    public static final TeEquipment STRIPPER = unit(3, "汽提塔");
    public static final TeEquipment COMPRESSOR = unit(4, "循环压缩机");
    public static final TeEquipment FEED = unit(5, "进料单元");

    public static final List<TeEquipment> EQUIPMENT = List.of(REACTOR, SEPARATOR, STRIPPER, COMPRESSOR, FEED);

    /** Thousand standard m³ per hour, Downs & Vogel's kscmh, written as Chinese plants write gas flows. */
    private static final String KNM3_H = "kNm³/h";

    public static final List<TePoint> POINTS = List.of(
            point(1, FEED, PointKind.LL, 1, "A进料流量", KNM3_H, 0, 1, AlarmLimits.NONE),
            point(2, FEED, PointKind.LL, 2, "D进料流量", "kg/h", 0, 5000, AlarmLimits.NONE),
            point(3, FEED, PointKind.LL, 3, "E进料流量", "kg/h", 0, 6000, AlarmLimits.NONE),
            point(4, FEED, PointKind.LL, 4, "A和C进料流量", KNM3_H, 0, 15, AlarmLimits.NONE),
            point(5, COMPRESSOR, PointKind.LL, 1, "循环气流量", KNM3_H, 0, 50, AlarmLimits.NONE),
            point(6, REACTOR, PointKind.LL, 1, "反应器进料流量", KNM3_H, 0, 60, AlarmLimits.NONE),
            point(7, REACTOR, PointKind.YL, 1, "反应器压力", "kPa", 0, 3500, AlarmLimits.high(2895, 3000)),
            point(8, REACTOR, PointKind.YW, 1, "反应器液位", "%", 0, 120,
                    // LL would be 2.0 m³ = -1.6 %, below the transmitter's zero: not a usable limit.
                    new AlarmLimits(null, 50.0, 100.0, levelPercent(24.0, 11.8, 50, 21.3, 100))),
            point(9, REACTOR, PointKind.WD, 1, "反应器温度", "°C", 0, 200, AlarmLimits.high(150, 175)),
            point(10, COMPRESSOR, PointKind.LL, 2, "放空气流量", KNM3_H, 0, 1.5, AlarmLimits.NONE),
            point(11, SEPARATOR, PointKind.WD, 1, "产品分离器温度", "°C", 0, 150, AlarmLimits.NONE),
            point(12, SEPARATOR, PointKind.YW, 1, "产品分离器液位", "%", 0, 140,
                    new AlarmLimits(levelPercent(1.0, 3.3, 30, 9.0, 100), 30.0, 100.0,
                            levelPercent(12.0, 3.3, 30, 9.0, 100))),
            point(13, SEPARATOR, PointKind.YL, 1, "产品分离器压力", "kPa", 0, 3500, AlarmLimits.NONE),
            point(14, SEPARATOR, PointKind.LL, 1, "分离器底流流量", "m³/h", 0, 40, AlarmLimits.NONE),
            point(15, STRIPPER, PointKind.YW, 1, "汽提塔液位", "%", 0, 140,
                    // LL would be 1.0 m³ = -26.5 %, below the transmitter's zero: not a usable limit.
                    new AlarmLimits(null, 30.0, 100.0, levelPercent(8.0, 3.5, 30, 6.6, 100))),
            point(16, STRIPPER, PointKind.YL, 1, "汽提塔压力", "kPa", 0, 4000, AlarmLimits.NONE),
            point(17, STRIPPER, PointKind.LL, 1, "汽提塔底流流量", "m³/h", 0, 40, AlarmLimits.NONE),
            point(18, STRIPPER, PointKind.WD, 1, "汽提塔温度", "°C", 0, 150, AlarmLimits.NONE),
            point(19, STRIPPER, PointKind.LL, 2, "汽提塔蒸汽流量", "kg/h", 0, 500, AlarmLimits.NONE),
            // SPEC §2 has no kind for shaft power; the compressor's work is filed with its flows.
            point(20, COMPRESSOR, PointKind.LL, 3, "压缩机功率", "kW", 0, 500, AlarmLimits.NONE),
            point(21, REACTOR, PointKind.WD, 2, "反应器冷却水出口温度", "°C", 0, 150, AlarmLimits.NONE),
            point(22, SEPARATOR, PointKind.WD, 2, "分离器冷却水出口温度", "°C", 0, 150, AlarmLimits.NONE));

    private TePlant() {
    }

    /**
     * A vessel's liquid volume as per cent of its level transmitter's span. Downs & Vogel give two points of the
     * linear scale (the normal operating limits, e.g. reactor 50 % = 11.8 m³ and 100 % = 21.3 m³); the volume is
     * placed on the line through them and rounded to 0.1 %.
     */
    static double levelPercent(double volumeM3, double lowM3, double lowPercent, double highM3, double highPercent) {
        double percent = lowPercent + (volumeM3 - lowM3) * (highPercent - lowPercent) / (highM3 - lowM3);
        return Math.round(percent * 10) / 10.0;
    }

    private static TeEquipment unit(int serial, String name) {
        return new TeEquipment(HAZARD_SOURCE_CODE + S0.name() + "%03d".formatted(serial), S0, name);
    }

    private static TePoint point(int xmeas, TeEquipment equipment, PointKind kind, int serial, String name,
            String unit, double rangeLow, double rangeHigh, AlarmLimits limits) {
        return new TePoint(xmeas, equipment.code() + kind.name() + "%03d".formatted(serial), name, unit, rangeLow,
                rangeHigh, limits);
    }
}
