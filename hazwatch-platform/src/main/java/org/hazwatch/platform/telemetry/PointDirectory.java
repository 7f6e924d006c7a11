package org.hazwatch.platform.telemetry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registered points and where their enterprises lie, as telemetry and ingest need them. The registry
 * provides the implementation; ingest asks for every batch, so answers should come from memory.
 */
public interface PointDirectory {

    Optional<PointSpec> point(String code);

    List<PointSpec> pointsOf(String enterpriseCode);

    /**
     * The enterprise's points by code: ingest looks up a whole batch in one enterprise's map rather than each
     * reading through {@link #point}. Implementations that hold such a map answer with it.
     */
    default Map<String, PointSpec> pointsByCode(String enterpriseCode) {
        return pointsOf(enterpriseCode).stream().collect(Collectors.toUnmodifiableMap(PointSpec::code, p -> p));
    }

    /** Enterprises with registered points, whose presence is watched. */
    List<String> enterpriseCodes();

    /** The jurisdiction path the enterprise is registered at, for scoping reads; empty when unknown. */
    Optional<String> jurisdictionPathOf(String enterpriseCode);
}
