package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A suppression asked for on another county's registered point and on a code nobody registered are answered alike
 * (404), so the answer does not tell which points exist (issue 19).
 */
@PlatformTest
class SuppressionExistenceTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersAForeignPointAndAnUnregisteredCodeAlike() {
        MockMvcTester api = MockMvcTester.create(mockMvc);
        AlarmFixture foreign = new AlarmFixture(points, log, jdbc);
        String unregistered = InMemoryPointDirectory.newPointCode(InMemoryPointDirectory.newEnterpriseCode());
        County mine = TestJurisdictions.freshCounty(mockMvc);

        MvcTestResult toForeign = suppress(api, mine, foreign.point, "overhaul");
        MvcTestResult toNobody = suppress(api, mine, unregistered, "overhaul");
        assertThat(toForeign).hasStatus(404);
        assertThat(toNobody).hasStatus(404);
        // without a reason too: the reason is checked only once the point is known to be the actor's
        assertThat(suppress(api, mine, foreign.point, "")).hasStatus(404);
        assertThat(suppress(api, mine, unregistered, "")).hasStatus(404);
    }

    private static MvcTestResult suppress(MockMvcTester api, County county, String target, String reason) {
        return api.post().uri("/api/v1/alarms/suppressions").with(county.regulator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\":\"" + target + "\",\"reason\":\"" + reason + "\"}").exchange();
    }
}
