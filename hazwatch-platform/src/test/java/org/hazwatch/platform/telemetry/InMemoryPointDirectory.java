package org.hazwatch.platform.telemetry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazwatch.protocol.PointCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Points registered by the tests themselves, standing in for the registry. */
@Component
@Primary
@ConditionalOnProperty(name = "hazwatch.test.in-memory-directories", havingValue = "true")
public class InMemoryPointDirectory implements PointDirectory {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Map<String, PointSpec> points = new ConcurrentHashMap<>();
    private final Map<String, String> paths = new ConcurrentHashMap<>();

    /** A new enterprise code in Zezhou county (140525) that no other test uses. */
    public static String newEnterpriseCode() {
        return "140525%05d".formatted(SERIAL.incrementAndGet());
    }

    /** A level point code of the enterprise that no other test uses. */
    public static String newPointCode(String enterpriseCode) {
        return enterpriseCode + "001G0%03dYW001".formatted(SERIAL.incrementAndGet() % 1000);
    }

    /** Registers a level point (0–10 m) of the enterprise with a code no other test uses. */
    public PointSpec addLevelPoint(String enterpriseCode) {
        String code = newPointCode(enterpriseCode);
        PointSpec spec = new PointSpec(code, enterpriseCode, PointCode.of(code).kind(), "m", 0.0, 10.0);
        points.put(code, spec);
        paths.putIfAbsent(enterpriseCode, "140000/140500/140525/");
        return spec;
    }

    /** Registers a level point (0–10 m) of the test's choosing, e.g. one a test imported into the registry too. */
    public PointSpec addLevelPoint(String code, String enterpriseCode, String jurisdictionPath) {
        PointSpec spec = new PointSpec(code, enterpriseCode, PointCode.of(code).kind(), "m", 0.0, 10.0);
        points.put(code, spec);
        paths.putIfAbsent(enterpriseCode, jurisdictionPath);
        return spec;
    }

    public void place(String enterpriseCode, String jurisdictionPath) {
        paths.put(enterpriseCode, jurisdictionPath);
    }

    @Override
    public Optional<PointSpec> point(String code) {
        return Optional.ofNullable(points.get(code));
    }

    @Override
    public List<PointSpec> pointsOf(String enterpriseCode) {
        return points.values().stream().filter(p -> p.enterpriseCode().equals(enterpriseCode)).toList();
    }

    @Override
    public List<String> enterpriseCodes() {
        return points.values().stream().map(PointSpec::enterpriseCode).distinct().toList();
    }

    @Override
    public Optional<String> jurisdictionPathOf(String enterpriseCode) {
        return Optional.ofNullable(paths.get(enterpriseCode));
    }
}
