package org.hazwatch.platform.disposal;

import java.util.List;

/**
 * A feedback (处置反馈) as the API receives it.
 *
 * @param cause    a {@link org.hazwatch.platform.disposal.rules.CauseCategory} name
 * @param measures the measures taken
 * @param text     free text; required for the cause {@code OTHER}
 * @param photos   base64 of JPEG or PNG photos
 */
public record FeedbackRequest(String cause, String measures, String text, List<String> photos) {
}
