package org.hazwatch.platform.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.filing.rules.FilingChecks.FieldProblem;
import org.junit.jupiter.api.Test;

/** A filing of cameras names at least one camera, each with a code that begins with the enterprise's code. */
class FilingChecksCamerasTest {

    private static final String ENTERPRISE = "14052500001";
    private static final Instant FROM = Instant.parse("2026-12-05T00:00:00Z");

    private static List<FieldProblem> problems(List<String> cameras) {
        return FilingChecks.problems(ENTERPRISE, new FilingRequest(FilingType.EQUIPMENT_FAILURE, FilingScope.CAMERAS,
                cameras, FROM, FROM.plus(Duration.ofHours(8)), "球机故障"), Duration.ofDays(30));
    }

    @Test
    void camerasOfTheEnterpriseAreWellFormed() {
        assertThat(problems(List.of(ENTERPRISE + "V01", ENTERPRISE + "V02"))).isEmpty();
    }

    @Test
    void noCameraOrAnotherEnterprisesCameraIsAProblemOfItsTarget() {
        assertThat(problems(List.of())).containsExactly(new FieldProblem("targets",
                "name the cameras the filing covers"));
        assertThat(problems(List.of(ENTERPRISE + "V01", "14052500002V01", ENTERPRISE)))
                .extracting(FieldProblem::field).containsExactly("targets[1]", "targets[2]");
    }
}
