package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The deliveries of a warning that does not exist are answered 404, as those of another county's (issue 19). */
@PlatformTest
class DeliveriesExistenceTest {

    @Autowired
    MockMvc mockMvc;

    @Test
    void answersAnUnknownWarningWith404LikeAForeignOne() {
        MockMvcTester api = MockMvcTester.create(mockMvc);
        TestJurisdictions.County county = TestJurisdictions.freshCounty(mockMvc);
        assertThat(api.get().uri("/api/v1/warnings/" + UUID.randomUUID() + "/deliveries").with(county.regulator()))
                .hasStatus(404).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(api.get().uri("/api/v1/warnings/" + UUID.randomUUID() + "/deliveries")
                .with(TestJurisdictions.admin())).hasStatus(404);
    }
}
