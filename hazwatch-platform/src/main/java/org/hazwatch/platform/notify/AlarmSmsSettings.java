package org.hazwatch.platform.notify;

import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.notify.rules.AlarmTexting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.notify.alarm-sms.*}: which alarm severities reach the duty room by SMS.
 *
 * @param severities the platform's, HH and LL by default; add H and L to text the operating limits too
 * @param places     per jurisdiction path prefix ({@code "[140000/140500/140525/]"}) or enterprise code, its own set
 */
@ConfigurationProperties("hazwatch.notify.alarm-sms")
public record AlarmSmsSettings(@DefaultValue({"HH", "LL"}) Set<Severity> severities,
                               Map<String, Set<Severity>> places) {

    /** The rule these settings make; refuses a severity that is not a limit. */
    public AlarmTexting texting() {
        return new AlarmTexting(severities, places == null ? Map.of() : places);
    }
}
