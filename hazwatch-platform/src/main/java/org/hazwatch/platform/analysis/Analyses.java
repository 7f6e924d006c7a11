package org.hazwatch.platform.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Service;

/**
 * 研判 for people: the report of a jurisdiction the actor sees (another's answers as not found, as does any node
 * for an enterprise user), for a period that defaults to the 30 days before today.
 */
@Service
@EntryClass
public class Analyses {

    /** Days of the default period. */
    public static final int DEFAULT_DAYS = 30;

    private final PeriodReports reports;
    private final Jurisdictions jurisdictions;
    private final ZoneId zone;
    private final Clock clock;

    Analyses(PeriodReports reports, Jurisdictions jurisdictions, HazwatchProperties hazwatch, Clock clock) {
        this.reports = reports;
        this.jurisdictions = jurisdictions;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /** The actor's own node when {@code code} is null. */
    public Report report(Actor actor, String code, LocalDate from, LocalDate to) {
        String asked = code != null && !code.isBlank() ? code : actor.jurisdictionCode();
        Jurisdiction node = jurisdictions.visible(actor, asked == null ? "" : asked);
        LocalDate last = to != null ? to : (from != null ? from.plusDays(DEFAULT_DAYS - 1L) : today().minusDays(1));
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
        return reports.report(node.code(), first, last);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
