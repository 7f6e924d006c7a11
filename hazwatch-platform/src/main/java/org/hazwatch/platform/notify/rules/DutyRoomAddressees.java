package org.hazwatch.platform.notify.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whom a duty-room text reaches (值班室短信): the mobiles of the enterprise's persons on duty now; when nobody on
 * duty has a mobile, the enterprise's duty phone (值班电话, often a landline) as the fallback; nobody when neither is
 * known.
 */
public final class DutyRoomAddressees {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** A person on duty now; {@code mobile} may be null. */
    public record OnDuty(String name, String mobile) {
    }

    /** A number to text, with whom and in what role (当班人员 or 值班室). */
    public record Addressee(String phone, String name, String role) {
    }

    private DutyRoomAddressees() {
    }

    public static List<Addressee> choose(List<OnDuty> onDuty, String dutyPhone) {
        List<Addressee> chosen = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (OnDuty person : onDuty) {
            String mobile = person.mobile() == null ? null : person.mobile().strip();
            if (mobile != null && MOBILE.matcher(mobile).matches() && numbers.add(mobile)) {
                chosen.add(new Addressee(mobile, person.name(), "当班人员"));
            }
        }
        if (chosen.isEmpty() && dutyPhone != null && !dutyPhone.isBlank()) {
            chosen.add(new Addressee(dutyPhone.strip(), null, "值班室"));
        }
        return chosen;
    }
}
