package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.inspection.rules.RectificationState;
import org.hazwatch.platform.inspection.rules.RectificationStep;
import org.hazwatch.platform.support.Attachments.Attachment;

/** One line of an order's timeline: who did what when, with the measures or note and the photos. */
public record RectificationStepView(RectificationStep step, RectificationState stateAfter, String by, Instant at,
                                    String text, List<Attachment> photos) {
}
