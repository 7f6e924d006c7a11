package org.hazwatch.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.ConditionEngine;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.alarm.rules.Sample;
import org.hazwatch.platform.alarm.rules.SampleQuality;
import org.hazwatch.platform.registry.EnterpriseRegistration;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.warning.rules.TrendWindow;
import org.hazwatch.protocol.PointKind;
import org.hazwatch.sim.SyntheticPlant;

/**
 * Heap per live point (issue 17), measured as the heap after a full GC with and without the state: the registry's
 * read model (each enterprise's registration as the JDBC mapper builds it: every string a fresh copy), the alarm
 * engine (each point's alarm settings and conditions after one reading) and the warning model's trend windows. Not JMH: a footprint, not a speed. Run with
 * {@code java -Xmx2g -cp hazwatch-bench.jar org.hazwatch.bench.PointMemoryBench [enterprises] [pointsPerEnterprise]}
 * (default 5,000 × 100 = 500,000 points). Last line: {@code POINT_MEMORY points=… registry_bytes_per_point=…
 * alarm_bytes_per_point=… total_mib=…}.
 */
public final class PointMemoryBench {

    private PointMemoryBench() {
    }

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int perEnterprise = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        SyntheticPlant plant = new SyntheticPlant(enterprises, perEnterprise, 1);
        long points = (long) enterprises * perEnterprise;

        long base = heapAfterGc();
        List<EnterpriseRegistration> registry = registrations(plant);
        long withRegistry = heapAfterGc();
        ConditionEngine engine = alarmEngine(plant);
        long withAlarms = heapAfterGc();
        Map<String, TrendWindow> trends = trendWindows(plant);
        long withTrends = heapAfterGc();

        double registryPerPoint = (double) (withRegistry - base) / points;
        double alarmPerPoint = (double) (withAlarms - withRegistry) / points;
        double trendPerPoint = (double) (withTrends - withAlarms) / points;
        System.out.printf(Locale.ROOT, "registry read model: %.0f bytes per point%n", registryPerPoint);
        System.out.printf(Locale.ROOT, "alarm engine (settings + conditions): %.0f bytes per point%n", alarmPerPoint);
        System.out.printf(Locale.ROOT, "warning model's trend windows (full): %.0f bytes per point%n", trendPerPoint);
        System.out.printf(Locale.ROOT, "POINT_MEMORY points=%d registry_bytes_per_point=%.0f alarm_bytes_per_point=%.0f "
                        + "trend_bytes_per_point=%.0f total_mib=%.0f%n", points, registryPerPoint, alarmPerPoint,
                trendPerPoint, (withTrends - base) / 1024.0 / 1024.0);
        // keep them alive through the last measurement
        if (registry.size() + engine.refusedOutOfOrder() + trends.size() < 0) {
            System.out.println();
        }
    }

    /** As {@code RegistryQueries} maps the rows: each column a string of its own. */
    private static List<EnterpriseRegistration> registrations(SyntheticPlant plant) {
        List<EnterpriseRegistration> all = new ArrayList<>();
        for (String enterprise : plant.enterpriseCodes()) {
            Map<String, PointDefinition> points = new LinkedHashMap<>();
            for (String code : plant.pointCodes(enterprise)) {
                String c = fresh(code);
                points.put(c, new PointDefinition(c, fresh(enterprise), fresh(code.substring(0, 14)),
                        fresh(code.substring(0, 19)), PointKind.of(code.substring(19, 21)).orElseThrow(),
                        fresh("液位" + code.substring(21)), fresh("m"), 0.0, 10.0, 0.5, 1.0, 8.0, 9.0, 0.5,
                        Duration.ofSeconds(60), Duration.ofSeconds(60), fresh("LT-" + code.substring(19))));
            }
            RegisteredEnterprise e = new RegisteredEnterprise(enterprise, "企业" + enterprise, null, null, null,
                    "140000/140500/140525/", "地址", 112.8, 35.5);
            all.add(new EnterpriseRegistration(e, List.of(new HazardSourceView(enterprise + "001", enterprise,
                    "罐区", 40, 1.0, 1.0, 1.0, true, 2, null, 2, OffsetDateTime.now())), points, List.of()));
        }
        return all;
    }

    private static ConditionEngine alarmEngine(SyntheticPlant plant) {
        Map<String, PointAlarmSettings> settings = new HashMap<>();
        for (String enterprise : plant.enterpriseCodes()) {
            for (String code : plant.pointCodes(enterprise)) {
                settings.put(code, new PointAlarmSettings(code, enterprise, 0.5, 1.0, 8.0, 9.0, 0.5,
                        Duration.ofSeconds(60), Duration.ofSeconds(60), null, Duration.ofMinutes(60)));
            }
        }
        ConditionEngine engine = new ConditionEngine(settings::get);
        Instant at = Instant.parse("2026-12-01T00:00:00Z");
        for (String code : settings.keySet()) {
            engine.evaluate(new Sample(code, at, 5.0, SampleQuality.USABLE, false), change -> { });
        }
        return engine;
    }

    /** As the warning model's trend feed keeps them (a point with HH or LL), full: the default 15 min, 60 samples. */
    private static Map<String, TrendWindow> trendWindows(SyntheticPlant plant) {
        Map<String, TrendWindow> windows = new java.util.concurrent.ConcurrentHashMap<>();
        Instant at = Instant.parse("2026-12-01T00:00:00Z");
        for (String enterprise : plant.enterpriseCodes()) {
            for (String code : plant.pointCodes(enterprise)) {
                TrendWindow window = new TrendWindow(Duration.ofMinutes(15), 60);
                for (int i = 0; i < 60; i++) {
                    window.add(at.plusSeconds(15L * i), 5.0 + i * 0.01);
                }
                windows.put(code, window);
            }
        }
        return windows;
    }

    private static String fresh(String s) {
        return new String(s.toCharArray());
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
