package org.hazwatch.platform.bulletin;

import java.util.UUID;

/**
 * A request to issue a bulletin: {@code period} WEEK, MONTH or CUSTOM, days {@code from}..{@code to} (YYYY-MM-DD,
 * both inclusive). With {@code corrects} (the id of an issued bulletin) it is a correction: the same number and
 * period, the next version; the period fields may then be left out.
 */
public record NewBulletin(String jurisdiction, String period, String from, String to, UUID corrects) {
}
