package org.hazwatch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PlatformTest
class PlatformStartsTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersHealthUpWithoutLogin() {
        assertThat(MockMvcTester.create(mockMvc).get().uri("/actuator/health"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void runsOnPostgresqlWithMigrationsApplied() {
        String version = jdbc.sql("SHOW server_version").query(String.class).single();
        Integer migrations = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                .query(Integer.class).single();
        assertThat(version).matches("\\d+\\.\\d+.*");
        assertThat(migrations).isGreaterThanOrEqualTo(1);
    }
}
