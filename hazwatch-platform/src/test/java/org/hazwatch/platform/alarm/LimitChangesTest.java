package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Applying a what-if proposal: the enterprise's safety manager changes the point's base data (registry, audited with
 * before and after), the change waits in the county's inbox to be acknowledged or queried; regulators only look,
 * another county's regulator does not find it, bad input changes nothing.
 */
@PlatformTest
class LimitChangesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    LimitChanges changes;
    @Autowired
    Registry registry;
    @Autowired
    JdbcClient jdbc;

    TestEnterprise plant;
    Actor safetyManager;
    Actor county;

    @BeforeEach
    void plant() {
        plant = TestEnterprises.importFresh(mvc);
        safetyManager = new Actor("safety-" + plant.code(), Role.ENTERPRISE_ADMIN, null, null, plant.code());
        county = new Actor(plant.county().regulatorUsername(), Role.REGULATOR, plant.county().code(),
                plant.county().path(), null);
    }

    LimitChangeRequest widerDeadband(String reason) {
        // imported: LL 0.5, L 1, H 8, HH 9, deadband 0.5, on-delay 60 s (off-delay the level's default 60 s)
        return new LimitChangeRequest(0.5, 1.0, 8.0, 9.0, 1.5, 60L, 120L, reason,
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void theSafetyManagerAppliesAProposalTheRegistryHoldsItAndTheAuditLogHasBeforeAndAfter() {
        LimitChange change = changes.apply(safetyManager, plant.levelPoint(), widerDeadband("液位颤振，死区加宽"),
                new LimitChanges.Episodes(14, 2));

        PointDefinition point = registry.point(plant.levelPoint()).orElseThrow();
        assertThat(point.deadband()).isEqualTo(1.5);
        assertThat(point.offDelay().toSeconds()).isEqualTo(120);
        assertThat(point.h()).isEqualTo(8.0);
        assertThat(change.before()).isEqualTo(new LimitSettings(0.5, 1.0, 8.0, 9.0, 0.5, 60, 60));
        assertThat(change.after()).isEqualTo(new LimitSettings(0.5, 1.0, 8.0, 9.0, 1.5, 60, 120));
        assertThat(change.status()).isEqualTo(LimitChangeStatus.APPLIED);

        List<Map<String, Object>> audit = jdbc.sql("""
                SELECT username, action, detail::text AS detail FROM audit_log
                WHERE target_code = :p ORDER BY id""").param("p", plant.levelPoint()).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("registry.edit", "alarm.limit-change");
        assertThat(audit).extracting(r -> r.get("username")).containsOnly(safetyManager.username());
        String detail = (String) audit.get(1).get("detail");
        assertThat(detail).contains("\"before\"", "\"after\"", "\"deadband\": 0.5", "\"deadband\": 1.5",
                "液位颤振，死区加宽", "\"now\": 14", "\"proposed\": 2");

        assertThat(changes.list(county, null, 10)).extracting(LimitChange::id).containsExactly(change.id());
        assertThat(changes.list(safetyManager, plant.levelPoint(), 10)).hasSize(1);
    }

    @Test
    void theCountyAcknowledgesOrQueriesAndAnotherCountyDoesNotFindIt() {
        LimitChange first = changes.apply(safetyManager, plant.levelPoint(), widerDeadband("死区加宽"), null);
        LimitChange acknowledged = changes.acknowledge(county, first.id(), "同意");
        assertThat(acknowledged.status()).isEqualTo(LimitChangeStatus.ACKNOWLEDGED);
        assertThat(acknowledged.respondedBy()).isEqualTo(county.username());

        LimitChange second = changes.apply(safetyManager, plant.levelPoint(),
                new LimitChangeRequest(0.5, 1.0, 8.5, 9.0, 1.5, 60L, 120L, "H 上调", null, null), null);
        assertThatThrownBy(() -> changes.query(county, second.id(), " "))
                .isInstanceOf(InvalidInputException.class);
        LimitChange queried = changes.query(county, second.id(), "H 上调依据？");
        assertThat(queried.status()).isEqualTo(LimitChangeStatus.QUERIED);
        assertThat(queried.response()).isEqualTo("H 上调依据？");
        assertThat(registry.point(plant.levelPoint()).orElseThrow().h()).as("a query does not undo").isEqualTo(8.5);

        var other = TestJurisdictions.freshCounty(mvc);
        Actor stranger = new Actor(other.regulatorUsername(), Role.REGULATOR, other.code(), other.path(), null);
        assertThatThrownBy(() -> changes.acknowledge(stranger, first.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThat(changes.list(stranger, null, 10)).isEmpty();
        assertThatThrownBy(() -> changes.apply(stranger, plant.levelPoint(), widerDeadband("x"), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changes.acknowledge(safetyManager, first.id(), null))
                .as("the enterprise does not answer its own change").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void regulatorsAndOperatorsOnlyLook() {
        Actor operator = new Actor("op-" + plant.code(), Role.ENTERPRISE_OPERATOR, null, null, plant.code());
        for (Actor a : List.of(county, operator)) {
            assertThatThrownBy(() -> changes.apply(a, plant.levelPoint(), widerDeadband("x"), null))
                    .as(a.role().name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(registry.point(plant.levelPoint()).orElseThrow().deadband()).isEqualTo(0.5);
        assertThat(changes.list(county, plant.levelPoint(), 10)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsFieldsAndNothingChanges() {
        InvalidInputException noReason = catchInvalid(() -> changes.apply(safetyManager, plant.levelPoint(),
                widerDeadband("  "), null));
        assertThat(noReason.problems()).extracting(Problem::field).containsExactly("reason");

        InvalidInputException crossed = catchInvalid(() -> changes.apply(safetyManager, plant.levelPoint(),
                new LimitChangeRequest(0.5, 1.0, 9.5, 9.0, 20.0, 60L, 60L, "试试", null, null), null));
        assertThat(crossed.problems()).extracting(Problem::field).contains("deadband").isNotEmpty();

        InvalidInputException none = catchInvalid(() -> changes.apply(safetyManager, plant.levelPoint(),
                new LimitChangeRequest(null, null, null, null, 1.0, 0L, 0L, "不报警", null, null), null));
        assertThat(none.problems()).extracting(Problem::field).containsExactly("limits");

        PointDefinition point = registry.point(plant.levelPoint()).orElseThrow();
        assertThat(point.h()).isEqualTo(8.0);
        assertThat(point.deadband()).isEqualTo(0.5);
        assertThat(changes.list(county, plant.levelPoint(), 10)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_code = :p")
                .param("p", plant.levelPoint()).query(Long.class).single()).isZero();
    }

    private static InvalidInputException catchInvalid(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected a 400");
    }
}
