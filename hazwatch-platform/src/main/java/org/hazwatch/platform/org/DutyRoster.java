package org.hazwatch.platform.org;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who of an enterprise is on duty now (当班人员): its enabled users marked on duty in the user administration,
 * with their mobiles. Notifications text the duty room's alarms to them.
 */
@Component
public class DutyRoster {

    /** A person on duty; {@code mobile} null when the account has none. */
    public record OnDutyPerson(String name, String mobile) {
    }

    private final AccountReach reach;

    DutyRoster(AccountReach reach) {
        this.reach = reach;
    }

    public List<OnDutyPerson> onDuty(String enterpriseCode) {
        return enterpriseCode == null ? List.of() : reach.onDuty(enterpriseCode);
    }
}
