package org.hazwatch.platform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.commitment.rules.CommitmentForm.RiskGrade;
import org.hazwatch.platform.commitment.rules.CommitmentForm.SpecialOperations;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.filing.rules.FilingRequest;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.CustodyAssignment;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Component;

/**
 * The demo enterprises' duties, so a regulator sees real lists: the last three days of commitments (two late, one
 * missing), custody checks (one operations duty overdue) and one filing (a tank under maintenance for 4 h). Each
 * part is skipped for an enterprise that already has it.
 */
@Component
class DemoDuties {

    static final String LATE_YESTERDAY = "14052500003";
    static final String LATE_TWO_DAYS_AGO = "14058100002";
    static final String MISSING_YESTERDAY = "14052500005";
    static final String OVERDUE_SOURCE = "14052500001001";
    static final String FILING_ENTERPRISE = "14052500003";
    static final List<String> FILED_TANK = List.of("14052500003001G0001YW001", "14052500003001G0001WD001");

    private final Commitments commitments;
    private final Custody custody;
    private final Filings filings;
    private final Registry registry;
    private final ZoneId zone;
    private final Clock clock;

    DemoDuties(Commitments commitments, Custody custody, Filings filings, Registry registry,
               HazwatchProperties hazwatch, Clock clock) {
        this.commitments = commitments;
        this.custody = custody;
        this.filings = filings;
        this.registry = registry;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /** @return how many records were added */
    int seed(Actor seeder, List<String> enterprises) {
        int added = 0;
        LocalDate today = commitments.today();
        for (String code : enterprises) {
            for (int ago = 3; ago >= 1; ago--) {
                LocalDate day = today.minusDays(ago);
                if (skip(code, ago) || !commitments.versions(seeder, code, day).isEmpty()) {
                    continue;
                }
                commitments.importMade(seeder, code, day, madeAt(code, ago, day), form(code));
                added++;
            }
            if (custody.checks(seeder, code, null, 1).isEmpty()) {
                added += checks(seeder, code);
            }
        }
        if (filings.list(seeder.scope(), FILING_ENTERPRISE, null, 1).isEmpty()) {
            Instant from = clock.instant().minus(Duration.ofHours(1));
            filings.submit(seeder, FILING_ENTERPRISE, new FilingRequest(FilingType.MAINTENANCE, FilingScope.POINTS,
                    FILED_TANK, from, from.plus(Duration.ofHours(4)), "1#储罐检维修（清罐、液位计校验）"));
            added++;
        }
        return added;
    }

    private static boolean skip(String code, int ago) {
        return code.equals(MISSING_YESTERDAY) && ago == 1;
    }

    private Instant madeAt(String code, int ago, LocalDate day) {
        LocalTime at = code.equals(LATE_YESTERDAY) && ago == 1 ? LocalTime.of(10, 42)
                : code.equals(LATE_TWO_DAYS_AGO) && ago == 2 ? LocalTime.of(11, 15)
                : LocalTime.of(8, 0).plusMinutes(Integer.parseInt(code.substring(8)) % 50);
        return day.atTime(at).atZone(zone).toInstant();
    }

    private static CommitmentForm form(String code) {
        int units = 2 + Integer.parseInt(code.substring(9)) % 3;
        return new CommitmentForm(units, units - 1, 0, 1, 0, false,
                new SpecialOperations(0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1), 1, true, RiskGrade.BLUE, "企业主要负责人",
                "我公司已对全部重大危险源进行安全风险研判，各项安全风险防控措施已落实到位，"
                        + "重大危险源均处于安全运行状态，我承诺今天本企业安全生产。");
    }

    private int checks(Actor seeder, String code) {
        Instant now = clock.instant();
        int added = 0;
        for (CustodyAssignment person : registry.custodyPersons(code)) {
            CustodyRole role = CustodyRole.ofCode(person.role());
            Duration ago = switch (role) {
                case MAIN -> Duration.ofDays(40);
                case TECHNICAL -> Duration.ofDays(25);
                case OPERATIONS -> person.hazardSourceCode().equals(OVERDUE_SOURCE) ? Duration.ofDays(9)
                        : Duration.ofDays(2);
            };
            Map<ChecklistItem, Boolean> checklist = new EnumMap<>(ChecklistItem.class);
            for (ChecklistItem item : ChecklistItem.values()) {
                checklist.put(item, item != ChecklistItem.VIDEO_COVERAGE || role != CustodyRole.OPERATIONS);
            }
            String findings = role == CustodyRole.OPERATIONS ? "罐区东北角摄像头画面模糊，已通知维护" : null;
            custody.record(seeder, code, new CheckRecord(person.hazardSourceCode(), role, now.minus(ago),
                    checklist, findings, List.of()));
            added++;
        }
        return added;
    }
}
