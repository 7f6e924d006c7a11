package org.hazwatch.platform.disposal.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the enterprise reports when it has handled a warning (处置反馈), photos apart.
 *
 * @param cause    the cause category (原因类别)
 * @param measures the measures taken (采取措施), required
 * @param text     free text (说明); required when the cause is {@link CauseCategory#OTHER}
 */
public record FeedbackForm(CauseCategory cause, String measures, String text) {

    public static final int LONGEST_TEXT = 2000;

    /** One field wrong, with a zh-CN reason. */
    public record FieldProblem(String field, String reason) {
    }

    /** Every problem of the form at once; empty when it may be stored. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (cause == null) {
            problems.add(new FieldProblem("cause", "请选择原因类别"));
        }
        if (measures == null || measures.isBlank()) {
            problems.add(new FieldProblem("measures", "请填写采取的处置措施"));
        } else if (measures.length() > LONGEST_TEXT) {
            problems.add(new FieldProblem("measures", "不超过 " + LONGEST_TEXT + " 字"));
        }
        if (cause == CauseCategory.OTHER && (text == null || text.isBlank())) {
            problems.add(new FieldProblem("text", "原因类别为“其他”时请说明原因"));
        }
        if (text != null && text.length() > LONGEST_TEXT) {
            problems.add(new FieldProblem("text", "不超过 " + LONGEST_TEXT + " 字"));
        }
        return problems;
    }
}
