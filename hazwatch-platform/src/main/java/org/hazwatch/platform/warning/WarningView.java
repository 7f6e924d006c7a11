package org.hazwatch.platform.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * A warning (预警) as people and the web console see it; times in the platform's zone.
 *
 * @param hazardSourceCode null for a warning on the enterprise as a whole
 * @param level            the level now, or the last one when lifted
 * @param title            zh-CN, e.g. 红色预警（重大）
 * @param status           {@code STANDING} (在预警) or {@code LIFTED} (已解除)
 * @param factors          the factors as last assessed, each with its score and a sentence with the values
 * @param origin           the platform that raised it when it was forwarded to this one (cascade, SPEC §12); null
 *                         for this platform's own
 */
public record WarningView(UUID id, String enterpriseCode, String enterpriseName, String hazardSourceCode,
                          String jurisdictionPath, WarningLevel level, String title, WarningLevel peakLevel,
                          String status, OffsetDateTime raisedAt, OffsetDateTime liftedAt, OffsetDateTime updatedAt,
                          int score, List<WarningFactor> factors, String origin) {

    /** This platform's own warning. */
    public WarningView(UUID id, String enterpriseCode, String enterpriseName, String hazardSourceCode,
                       String jurisdictionPath, WarningLevel level, String title, WarningLevel peakLevel,
                       String status, OffsetDateTime raisedAt, OffsetDateTime liftedAt, OffsetDateTime updatedAt,
                       int score, List<WarningFactor> factors) {
        this(id, enterpriseCode, enterpriseName, hazardSourceCode, jurisdictionPath, level, title, peakLevel, status,
                raisedAt, liftedAt, updatedAt, score, factors, null);
    }

    /** The same warning as forwarded by {@code platform}. */
    public WarningView forwardedBy(String platform) {
        return new WarningView(id, enterpriseCode, enterpriseName, hazardSourceCode, jurisdictionPath, level, title,
                peakLevel, status, raisedAt, liftedAt, updatedAt, score, factors, platform);
    }

    static String title(WarningLevel level) {
        return level.colour() + "预警（" + level.grade() + "）";
    }

    static OffsetDateTime shown(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }

    /** One entry of a warning's history (预警记录). */
    public record HistoryEntry(long seq, OffsetDateTime at, String kind, String label, WarningLevel fromLevel,
                               WarningLevel level, int score, String description, List<WarningFactor> factors) {
    }

    /**
     * What to list.
     *
     * @param status           {@code STANDING}, {@code LIFTED} or null for both
     * @param jurisdictionCode beneath this node (which the actor must see), or null
     * @param from             raised at or after, or null
     * @param to               raised before, or null
     */
    public record Filter(WarningLevel level, String status, String enterpriseCode, String jurisdictionCode,
                         Instant from, Instant to, int page, int size) {
    }
}
