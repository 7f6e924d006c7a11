package org.hazwatch.platform.inspection;

import java.time.LocalDate;

/** An outside bulletin to record; its document comes separately, as an upload. */
public record NewOutsideBulletin(String enterpriseCode, String source, LocalDate publishedOn, String title) {
}
