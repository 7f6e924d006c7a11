package org.hazwatch.platform.analysis;

import java.time.LocalDate;
import org.hazwatch.platform.org.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 研判 API: a jurisdiction's report of a period (SPEC §9), scoped to what the actor sees. */
@RestController
class AnalysisController {

    private final Analyses analyses;

    AnalysisController(Analyses analyses) {
        this.analyses = analyses;
    }

    /** {@code from}, {@code to}: days in the platform's zone, inclusive; by default the 30 days before today. */
    @GetMapping("/api/v1/analysis/jurisdictions/{code}")
    Report report(Actor actor, @PathVariable String code, @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to) {
        return analyses.report(actor, code, from, to);
    }
}
