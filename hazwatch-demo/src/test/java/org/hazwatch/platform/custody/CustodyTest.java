package org.hazwatch.platform.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.protocol.HazardSourceCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Custody duties of the demo: the operations person of 恒泰氯碱's 液氯储罐区 last checked nine days ago. */
@DemoTest
@RecordApplicationEvents
class CustodyTest {

    static final Actor ZEZHOU = new Actor("zezhou", Role.REGULATOR, "140525", "140000/140500/140525/", null);
    static final Actor GAOPING = new Actor("gaoping", Role.REGULATOR, "140581", "140000/140500/140581/", null);

    @Autowired
    Custody custody;

    @Autowired
    CustodyWatch watch;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mockMvc;

    @Test
    void anOverdueOperationsCheckIsFlaggedOnceAndReachesTheCountyButNotTheNeighbours() {
        List<CustodyDuty> duties = custody.duties(ZEZHOU, "14052500001");
        assertThat(duties).hasSize(6);
        assertThat(duties).filteredOn(CustodyDuty::overdue).extracting(CustodyDuty::hazardSourceCode,
                CustodyDuty::role).containsExactly(org.assertj.core.groups.Tuple.tuple("14052500001001",
                CustodyRole.OPERATIONS));

        watch.flagOverdue();
        watch.flagOverdue();

        assertThat(events.stream(CustodyDutyOverdue.class)
                .filter(e -> e.hazardSourceCode().equals(HazardSourceCode.of("14052500001001")))).singleElement()
                .satisfies(e -> {
                    assertThat(e.role()).isEqualTo(CustodyRole.OPERATIONS);
                    assertThat(e.jurisdictionPath()).startsWith("140000/140500/140525/");
                    assertThat(e.dueAt()).isBefore(Instant.now());
                });
        assertThat(custody.overdue(ZEZHOU, "140525")).extracting(CustodyDuty::hazardSourceCode)
                .contains("14052500001001");
        assertThat(custody.overdue(GAOPING, null)).extracting(CustodyDuty::enterpriseCode)
                .allMatch(code -> code.startsWith("140581"));
    }

    @Test
    void aCheckMovesTheDutysDueDateOneIntervalOnAndIsKeptWithItsChecklistAndFindings() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Map<ChecklistItem, Boolean> checklist = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            checklist.put(item, item != ChecklistItem.GAS_AND_FIRE_DETECTORS_NORMAL);
        }
        CheckView check = custody.record(Actor.platformAdmin("admin"), "14052500002", new CheckRecord(
                "14052500002002", CustodyRole.OPERATIONS, at, checklist, "2号可燃气体探测器零点漂移，已报修",
                List.of("photos/2026/kr-002.jpg")));

        assertThat(check.personName()).isNotBlank();
        assertThat(custody.duties(ZEZHOU, "14052500002")).filteredOn(d -> d.hazardSourceCode()
                .equals("14052500002002") && d.role() == CustodyRole.OPERATIONS).singleElement().satisfies(d -> {
                    assertThat(d.lastCheckedAt()).isEqualTo(at);
                    assertThat(d.dueAt()).isEqualTo(at.plus(7, ChronoUnit.DAYS));
                    assertThat(d.overdue()).isFalse();
                });
        assertThat(custody.checks(ZEZHOU, "14052500002", "14052500002002", 1)).singleElement().satisfies(c -> {
            assertThat(c.checklist()).containsEntry(ChecklistItem.GAS_AND_FIRE_DETECTORS_NORMAL, false).hasSize(10);
            assertThat(c.photos()).containsExactly("photos/2026/kr-002.jpg");
        });
    }

    @Test
    void anOperationsCheckWithoutEveryItemIsRefusedAndTheDutyOperatorMayNotRecordOne() {
        var mvc = MockMvcTester.create(mockMvc);
        String body = """
                {"hazardSourceCode": "14052500001002", "role": "OPERATIONS",
                 "checklist": {"PROCEDURES_FOLLOWED": true, "CONTRACTORS": false}}""";
        assertThat(mvc.post().uri("/api/v1/enterprises/14052500001/custody/checks")
                .with(httpBasic("hengtai-admin", "Demo@2026")).contentType(MediaType.APPLICATION_JSON).content(body))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("checklist.EQUIPMENT_INTACT", "findings").doesNotContain("checklist.CONTRACTORS");
        assertThat(mvc.post().uri("/api/v1/enterprises/14052500001/custody/checks")
                .with(httpBasic("hengtai", "Demo@2026")).contentType(MediaType.APPLICATION_JSON).content(body))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/custody/overdue?jurisdiction=140525")
                .with(httpBasic("zezhou", "Demo@2026"))).hasStatusOk();
    }
}
