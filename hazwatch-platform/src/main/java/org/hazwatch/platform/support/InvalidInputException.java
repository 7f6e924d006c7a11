package org.hazwatch.platform.support;

import java.util.List;

/** Bad input: every problem found at once. Answered 400 and nothing is changed. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException(List.of(new Problem(field, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
