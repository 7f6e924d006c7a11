package org.hazwatch.platform.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazwatch.platform.registry.CustodyAssignment;
import org.hazwatch.platform.registry.EnterpriseContacts;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.protocol.PointKind;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    static final RegisteredEnterprise PLANT = new RegisteredEnterprise("14052500001", "示范化工", "91140525MA0K123456",
            "140525", null, "14/1405/140525", "泽州县巴公镇", 112.85, 35.49);
    static final HazardSourceView TANKS = new HazardSourceView("14052500001001", "14052500001", "液氯罐区", 40, 1.2,
            1.0, 1.0, true, 3, null, 3, null);

    static PointDefinition point(String code, String tag, Double hh) {
        return new PointDefinition(code, "14052500001", "14052500001001", "14052500001001G0001", PointKind.YW, "液位",
                "m", 0, 10, null, null, null, hh, null, null, null, tag);
    }

    @Test
    void requiredFieldsFilledOverRequired() {
        EnterpriseContacts contacts = new EnterpriseContacts("王主任", "13800000001", "李安全", "13800000002",
                "0356-1234567");
        List<CustodyAssignment> custody = List.of(new CustodyAssignment("14052500001001", "14052500001", "main",
                "王主任", "13800000001", "总经理"), new CustodyAssignment("14052500001001", "14052500001", "technical",
                "赵工", null, "工程师"));
        Completeness c = Completeness.of(PLANT, contacts, List.of(TANKS), custody,
                List.of(point("P1", "LT-101", 9.0), point("P2", null, null)));

        // enterprise 8 of 8; custody 1 of 3 (technical has no phone); points 2 of 4
        assertThat(c.required()).isEqualTo(15);
        assertThat(c.filled()).isEqualTo(11);
        assertThat(c.rate()).isEqualTo(11 / 15.0);
        assertThat(c.missing()).containsExactly("14052500001001 包保责任人（技术）", "14052500001001 包保责任人（操作）",
                "P2 位号", "P2 报警阈值");
    }

    @Test
    void missingContactsCountAsEmpty() {
        Completeness c = Completeness.of(PLANT, null, List.of(), List.of(), List.of());
        assertThat(c.required()).isEqualTo(8);
        assertThat(c.filled()).isEqualTo(3);
    }
}
