package org.hazwatch.platform.registry.rules;

import java.util.List;

/** Q and β found for one chemical, with the name it was found under and the zh-CN basis. */
record Factors(String name, double criticalTonnes, double beta, String basis) {

    /** Either factors, or the problems that kept them from being found. */
    record Outcome(Factors factors, List<String> problems) {

        static Outcome of(Factors factors) {
            return new Outcome(factors, List.of());
        }

        static Outcome failed(List<String> problems) {
            return new Outcome(null, List.copyOf(problems));
        }
    }
}
