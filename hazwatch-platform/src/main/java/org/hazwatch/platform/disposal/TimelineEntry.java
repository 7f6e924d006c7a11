package org.hazwatch.platform.disposal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of a warning's timeline (处置时间线), oldest first.
 *
 * @param kind     {@code RAISED}, {@code LEVEL_CHANGED}, {@code DEADLINE_TIGHTENED}, {@code LIFTED},
 *                 {@code SIGNED_FOR}, {@code FEEDBACK}, {@code VERIFIED}, {@code VERIFY_REJECTED},
 *                 {@code FOLLOW_UP}, {@code ESCALATED}, {@code CLOSED}
 * @param who      who did it ("值班员 hengtai"), "系统" for the platform
 * @param text     the zh-CN sentence without its time
 * @param sentence the line as read: time (in the platform's zone; the date when it changes) and text
 * @param photos   addresses of the feedback's photos
 */
public record TimelineEntry(OffsetDateTime at, String kind, String who, String text, String sentence,
                            List<String> photos) {
}
