package org.hazwatch.platform.registry;

import java.time.OffsetDateTime;

/**
 * A registered major hazard source (重大危险源) with its GB 18218 grading.
 *
 * @param level the official level where a regulator recorded one, else the computed level
 */
public record HazardSourceView(String code, String enterpriseCode, String name, int exposedPeople, Double s,
                               Double r, Double alpha, Boolean majorHazard, Integer computedLevel,
                               Integer officialLevel, Integer level, OffsetDateTime gradedAt) {
}
