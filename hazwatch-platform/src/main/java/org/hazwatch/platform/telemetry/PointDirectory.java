package org.hazwatch.platform.telemetry;

import java.util.List;
import java.util.Optional;

/**
 * The registered points and where their enterprises lie, as telemetry and ingest need them. The registry
 * provides the implementation; ingest asks once per reading, so answers should come from memory.
 */
public interface PointDirectory {

    Optional<PointSpec> point(String code);

    List<PointSpec> pointsOf(String enterpriseCode);

    /** Enterprises with registered points, whose presence is watched. */
    List<String> enterpriseCodes();

    /** The jurisdiction path the enterprise is registered at, for scoping reads; empty when unknown. */
    Optional<String> jurisdictionPathOf(String enterpriseCode);
}
