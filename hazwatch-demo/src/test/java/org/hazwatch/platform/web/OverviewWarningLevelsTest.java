package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.alarm.AlarmCleared;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The overview colours an enterprise by its standing warning, as the warning model raised it from an alarm. */
@DemoTest
class OverviewWarningLevelsTest {

    /** 高平市's chlorine vaporiser (8 t 氯, 四级): an HH alarm on its pressure makes a yellow warning. */
    private static final String ENTERPRISE = "14058100003";
    private static final String SOURCE = "14058100003001";
    private static final String PRESSURE = SOURCE + "G0001YL001";

    @Autowired
    MockMvc mockMvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Warnings warnings;

    @Test
    void anEnterpriseWithAStandingWarningIsCountedAndMarkedWithItsLevel() throws Exception {
        UUID episode = UUID.randomUUID();
        events.publishEvent(new AlarmRaised(episode, EnterpriseCode.of(ENTERPRISE), PointCode.of(PRESSURE),
                AlarmKind.LIMIT_HIGH, Severity.HH, Priority.HIGH,
                Instant.now(), false));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> warnings.standing(ENTERPRISE).stream()
                    .anyMatch(w -> SOURCE.equals(w.hazardSourceCode())
                            && w.factors().stream().anyMatch(f -> f.code().equals("ALARM_HH_LL"))));
            String level = warnings.standing(ENTERPRISE).get(0).level().name();

            String page = pageOf("gaoping", "/");
            assertThat(page).containsPattern("<li data-code=\"" + ENTERPRISE + "\"[^>]*data-level=\"" + level + "\"");
            assertThat(page).containsPattern("id=\"card-" + level.toLowerCase() + "\"><b>[1-9]");
            // the neighbouring county sees neither the enterprise nor its warning
            assertThat(pageOf("zezhou", "/")).doesNotContain("data-code=\"" + ENTERPRISE + "\"");
        } finally {
            events.publishEvent(new AlarmCleared(episode, EnterpriseCode.of(ENTERPRISE), PointCode.of(PRESSURE),
                    AlarmKind.LIMIT_HIGH, Severity.HH, Instant.now()));
        }
    }

    private String pageOf(String username, String path) throws Exception {
        MockHttpSession session = (MockHttpSession) mockMvc.perform(formLogin().user(username).password("Demo@2026"))
                .andReturn().getRequest().getSession(false);
        var response = mockMvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
