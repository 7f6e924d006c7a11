package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.commitment.rules.CommitmentForm.RiskGrade;
import org.hazwatch.platform.commitment.rules.CommitmentForm.SpecialOperations;
import org.hazwatch.platform.custody.CheckView;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.disposal.WarningSignedFor;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.filing.rules.FilingRequest;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * On a city: a commitment, a custody check, a filing and a handling step are queued in the cascade's outbox exactly
 * once, in the transaction of the change — a change rolled back queues nothing. The platform under test forwards
 * nowhere, so a forwarding outbox listens beside it for the length of each test.
 */
@PlatformTest
class DutyRoomOutboxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ApplicationEventMulticaster multicaster;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Commitments commitments;
    @Autowired
    Custody custody;
    @Autowired
    Filings filings;
    @Autowired
    Disposals disposals;
    @Autowired
    Alarms alarms;
    @Autowired
    Registry registry;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    private ApplicationListener<ApplicationEvent> forwarding;

    @BeforeEach
    void aForwardingOutboxListens() {
        CascadeSettings city = new CascadeSettings("http://province.invalid", "140500", "secret",
                CascadeSettings.Readings.RAW, 10000, 200, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofMillis(500), Duration.ofSeconds(30));
        DutyRoomKinds kinds = new DutyRoomKinds(new CascadeOutbox(jdbc, city, alarms, registry, clock), disposals,
                commitments, custody, filings, json, clock);
        forwarding = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload) {
                kinds.changed(payload.getPayload());
            }
        };
        context.addApplicationListener(forwarding);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(forwarding);
    }

    @Test
    void eachChangeOfTheDutyRoomIsQueuedOnceInItsTransactionAndNotAtAllWhenRolledBack() throws Exception {
        TestEnterprise enterprise = TestEnterprises.importFresh(mvc);
        String code = enterprise.code();

        commitments.submit(Actor.system(), code, null, commitment());
        String day = commitments.today().toString();
        assertThat(queued("COMMITMENT", code + "/" + day)).isEqualTo(1);
        commitments.submit(Actor.system(), code, null, commitment());
        assertThat(queued("COMMITMENT", code + "/" + day)).as("a correction is a newer version").isEqualTo(2);

        CheckView check = custody.record(Actor.system(), code, check(enterprise));
        assertThat(queued("CUSTODY_CHECK", check.id().toString())).isEqualTo(1);

        FilingView filing = filings.submit(Actor.system(), code, filing());
        assertThat(queued("FILING", filing.id().toString())).isEqualTo(1);

        UUID warning = UUID.randomUUID();
        transaction.executeWithoutResult(status -> context.publishEvent(new WarningSignedFor(warning,
                EnterpriseCode.of(code), enterprise.county().path(), WarningLevel.ORANGE, "张三", false,
                Instant.now())));
        assertThat(queued("HANDLING_STEP", warning.toString())).isEqualTo(1);

        long before = jdbc.sql("SELECT count(*) FROM cascade_outbox WHERE enterprise_code = :e").param("e", code)
                .query(Long.class).single();
        transaction.executeWithoutResult(status -> {
            custody.record(Actor.system(), code, check(enterprise));
            filings.submit(Actor.system(), code, filing());
            commitments.submit(Actor.system(), code, null, commitment());
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_outbox WHERE enterprise_code = :e").param("e", code)
                .query(Long.class).single()).as("rolled back, nothing queued").isEqualTo(before);
    }

    private long queued(String kind, String id) {
        return jdbc.sql("SELECT count(*) FROM cascade_outbox WHERE kind = :k AND object_id = :id")
                .param("k", kind).param("id", id).query(Long.class).single();
    }

    private static CommitmentForm commitment() {
        return new CommitmentForm(5, 3, 1, 1, 0, false, SpecialOperations.none(), 2, true, RiskGrade.BLUE, "张三",
                "我承诺……");
    }

    private static CheckRecord check(TestEnterprise enterprise) {
        Map<ChecklistItem, Boolean> allInOrder = Arrays.stream(ChecklistItem.values())
                .collect(Collectors.toMap(Function.identity(), i -> true));
        return new CheckRecord(enterprise.hazardSource(), CustodyRole.MAIN, Instant.now().minusSeconds(60),
                allInOrder, null, null);
    }

    private static FilingRequest filing() {
        Instant from = Instant.now().plus(Duration.ofHours(1));
        return new FilingRequest(FilingType.MAINTENANCE, FilingScope.ENTERPRISE, List.of(), from,
                from.plus(Duration.ofHours(4)), "储罐检修");
    }
}
