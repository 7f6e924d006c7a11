package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.commitment.rules.CommitmentDeadline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.ObjectMapper;

/** One setting, {@code hazwatch.zone}, moves the deadlines and what pages and the JSON API show alike. */
@PlatformTest
@TestPropertySource(properties = "hazwatch.zone=Asia/Tokyo")
class ZoneSettingTest {

    static final Instant TEN_IN_TOKYO = Instant.parse("2026-12-01T01:00:00Z");

    @Autowired
    Commitments commitments;

    @Autowired
    Shown shown;

    @Autowired
    ObjectMapper json;

    @Test
    void theDailyCommitmentDeadlineIsTenOClockInTheSetZone() {
        CommitmentDeadline deadline = commitments.deadlineAt("990000/");
        assertThat(deadline.on(LocalDate.of(2026, 12, 1))).isEqualTo(TEN_IN_TOKYO);
    }

    @Test
    void pagesShowTimesInTheSetZone() {
        assertThat(shown.time(TEN_IN_TOKYO)).isEqualTo("12-01 10:00:00");
        assertThat(shown.zone().getId()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void theJsonApiWritesTimesInTheSetZone() {
        assertThat(json.writeValueAsString(OffsetDateTime.ofInstant(TEN_IN_TOKYO, ZoneOffset.UTC)))
                .isEqualTo("\"2026-12-01T10:00:00+09:00\"");
    }
}
