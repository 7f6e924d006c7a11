package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;

/**
 * A point's limits changed from a what-if proposal (报警限值变更), as the enterprise and the county see it.
 *
 * @param before         the settings the engine applied before (defaults included)
 * @param after          the settings registered by the change
 * @param episodesBefore limit alarms the replay of {@code replayFrom}–{@code replayTo} found with {@code before};
 *                       null when no window was replayed
 * @param episodesAfter  the same with {@code after}
 */
public record LimitChange(UUID id, String enterpriseCode, String pointCode, LimitSettings before, LimitSettings after,
                          String reason, Instant replayFrom, Instant replayTo, Integer episodesBefore,
                          Integer episodesAfter, LimitChangeStatus status, String appliedBy, Instant appliedAt,
                          String response, String respondedBy, Instant respondedAt) {
}
