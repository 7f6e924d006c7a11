package org.hazwatch.platform.inspection.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When the rounds are due (SPEC §9, defaults 12:00 and 18:00 local) and how large the spot checks are (the city
 * 20 % of its enterprises daily, the province 10 % weekly, at least one per subordinate jurisdiction).
 */
public record PatrolSchedule(LocalTime morningUntil, LocalTime afternoonUntil, double cityShare, double provinceShare,
                             ZoneId zone) {

    public PatrolSchedule {
        if (!morningUntil.isBefore(afternoonUntil)) {
            throw new IllegalArgumentException("the morning round ends before the afternoon round");
        }
        if (cityShare <= 0 || cityShare > 1 || provinceShare <= 0 || provinceShare > 1) {
            throw new IllegalArgumentException("a spot-check share is above 0 and at most 1");
        }
    }

    public static PatrolSchedule defaults(ZoneId zone) {
        return new PatrolSchedule(LocalTime.of(12, 0), LocalTime.of(18, 0), 0.20, 0.10, zone);
    }

    /** The round a record made at {@code at} belongs to: before the morning deadline the morning, else afternoon. */
    public PatrolRound roundAt(Instant at) {
        return at.atZone(zone).toLocalTime().isBefore(morningUntil) ? PatrolRound.MORNING : PatrolRound.AFTERNOON;
    }

    public Instant deadline(LocalDate day, PatrolRound round) {
        return day.atTime(round == PatrolRound.MORNING ? morningUntil : afternoonUntil).atZone(zone).toInstant();
    }

    /** The rounds of the day whose deadline has passed at {@code now}. */
    public List<PatrolRound> pastDeadline(LocalDate day, Instant now) {
        List<PatrolRound> past = new ArrayList<>();
        for (PatrolRound round : PatrolRound.values()) {
            if (!now.isBefore(deadline(day, round))) {
                past.add(round);
            }
        }
        return past;
    }

    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
