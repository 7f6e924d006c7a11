package org.hazwatch.bench.load;

import java.util.List;
import java.util.stream.IntStream;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.PointKind;
import org.hazwatch.sim.SyntheticPlant;

/**
 * The province of the province bench (省级规模): {@code enterprises} enterprises spread round-robin over the
 * counties of one province, {@code pointsPerEnterprise} points each, codes {@code <county><serial from 90001>}, so
 * they never meet the demo's or the tests' enterprises. Each point has the measuring range {@link SyntheticPlant}
 * gives its kind and limits H at 85 % and HH at 95 % of the span; normal values stay within 25–75 %, a crossing
 * ({@link #crossingValue}) lies between H and HH (an H alarm: no warning factor before 30 minutes), a probe
 * ({@link #probeValue}) beyond HH (an HH alarm, which makes a warning of its hazard source). Coordinates lie inside
 * the province's box, scattered by a fixed hash.
 */
public final class ProvinceLayout {

    static final int FIRST_SERIAL = 90_001;
    /** A county's code: the enterprise code without its 5-digit serial. */
    static final int COUNTY_LENGTH = Codes.ENTERPRISE_LENGTH - 5;
    static final int POINTS_PER_UNIT = 1_000;
    static final double H = 0.85;
    static final double HH = 0.95;
    private static final List<PointKind> KINDS = List.of(PointKind.WD, PointKind.YL, PointKind.YW, PointKind.LL);

    /** A province's rough box, for coordinates that land inside its map. */
    public record Box(double west, double south, double east, double north) {
        /** 山西省, slightly inside its borders. */
        public static final Box SHANXI = new Box(111.0, 35.3, 113.6, 39.8);
    }

    private final List<String> counties;
    private final int enterprises;
    private final int pointsPerEnterprise;
    private final Box box;
    private final List<String> pointSuffixes;

    public ProvinceLayout(List<String> counties, int enterprises, int pointsPerEnterprise, Box box) {
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("the province has no counties");
        }
        counties.forEach(c -> {
            if (c.length() != COUNTY_LENGTH) {
                throw new IllegalArgumentException("not a county code: " + c);
            }
        });
        if (enterprises < 1 || (enterprises + counties.size() - 1) / counties.size() > 99_999 - FIRST_SERIAL + 1) {
            throw new IllegalArgumentException("enterprises must be 1.." + counties.size() * (99_999 - FIRST_SERIAL + 1));
        }
        if (pointsPerEnterprise < 1 || pointsPerEnterprise > 999 * POINTS_PER_UNIT) {
            throw new IllegalArgumentException("points per enterprise must be 1.." + 999 * POINTS_PER_UNIT);
        }
        this.counties = List.copyOf(counties);
        this.enterprises = enterprises;
        this.pointsPerEnterprise = pointsPerEnterprise;
        this.box = box;
        this.pointSuffixes = IntStream.range(0, pointsPerEnterprise).mapToObj(ProvinceLayout::suffixOf).toList();
    }

    public int enterprises() {
        return enterprises;
    }

    public int pointsPerEnterprise() {
        return pointsPerEnterprise;
    }

    public long points() {
        return (long) enterprises * pointsPerEnterprise;
    }

    /** Enterprise {@code i} (0-based): in county {@code i mod counties}, serial 90001 + i div counties. */
    public String enterprise(int i) {
        return counties.get(i % counties.size()) + "%05d".formatted(FIRST_SERIAL + i / counties.size());
    }

    public String county(int i) {
        return counties.get(i % counties.size());
    }

    public List<String> enterpriseCodes() {
        return IntStream.range(0, enterprises).mapToObj(this::enterprise).toList();
    }

    /** The point's code suffix after the enterprise code, e.g. {@code 001S0001WD001}. */
    public String pointSuffix(int point) {
        return pointSuffixes.get(point);
    }

    public String point(int enterprise, int point) {
        return enterprise(enterprise) + pointSuffix(point);
    }

    public static PointKind kindOf(int point) {
        return KINDS.get(point % POINTS_PER_UNIT % KINDS.size());
    }

    public static SyntheticPlant.MeasuringRange range(int point) {
        return SyntheticPlant.range(kindOf(point));
    }

    public static double limitH(int point) {
        return at(point, H);
    }

    public static double limitHH(int point) {
        return at(point, HH);
    }

    /** A normal value: a sine within 25–75 % of the span, by the point and a step that advances each round. */
    public static double normalValue(int point, long step) {
        double phase = 2 * Math.PI * ((step % 64) / 64.0 + point / 97.0);
        return round(at(point, 0.5 + 0.25 * Math.sin(phase)));
    }

    /** Between H and HH: an H alarm. */
    public static double crossingValue(int point) {
        return round(at(point, (H + HH) / 2));
    }

    /** Beyond HH, inside the measuring range: an HH alarm. */
    public static double probeValue(int point) {
        return round(at(point, 0.97));
    }

    /** Longitude and latitude of enterprise {@code i}, inside the box, spread by a fixed hash. */
    public double[] lonLat(int i) {
        long h = mix(i);
        double x = (h & 0xFFFF) / 65_536.0;
        double y = ((h >>> 16) & 0xFFFF) / 65_536.0;
        return new double[] {round4(box.west() + x * (box.east() - box.west())),
                round4(box.south() + y * (box.north() - box.south()))};
    }

    private static double at(int point, double share) {
        SyntheticPlant.MeasuringRange r = range(point);
        return r.low() + (r.high() - r.low()) * share;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static long mix(long z) {
        z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String suffixOf(int point) {
        int unit = point / POINTS_PER_UNIT + 1;
        int serial = point % POINTS_PER_UNIT / KINDS.size() + 1;
        return "001S0" + "%03d".formatted(unit) + kindOf(point).name() + "%03d".formatted(serial);
    }
}
