package org.hazwatch.platform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.platform.inspection.Patrols;
import org.hazwatch.platform.inspection.rules.PatrolEntry;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.PatrolResult;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Component;

/**
 * 泽州县's patrols of yesterday and today, partly done (issue 12a), so /patrols and /patrols/compliance are alive on
 * first start: yesterday the morning round complete and the afternoon one short of one enterprise; today the morning
 * round begun, with one abnormal item. Skipped when 泽州县 has records of those days.
 */
@Component
class DemoPatrols {

    static final String ZEZHOU = "140525";
    static final String ABNORMAL_TODAY = "14052500005";

    private final Patrols patrols;
    private final ZoneId zone;
    private final Clock clock;

    DemoPatrols(Patrols patrols, HazwatchProperties hazwatch, Clock clock) {
        this.patrols = patrols;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /** @return how many records were added */
    int seed(Actor seeder, List<String> enterprises) {
        LocalDate today = patrols.today();
        LocalDate yesterday = today.minusDays(1);
        if (!patrols.ofDay(seeder, ZEZHOU, yesterday).isEmpty() || !patrols.ofDay(seeder, ZEZHOU, today).isEmpty()) {
            return 0;
        }
        List<String> zezhou = enterprises.stream().filter(code -> code.startsWith(ZEZHOU)).sorted().toList();
        int added = 0;
        for (int i = 0; i < zezhou.size(); i++) {
            String code = zezhou.get(i);
            added += made(seeder, code, PatrolRound.MORNING, yesterday.atTime(LocalTime.of(9, 0).plusMinutes(7L * i)),
                    false);
            if (i < zezhou.size() - 1) {
                added += made(seeder, code, PatrolRound.AFTERNOON,
                        yesterday.atTime(LocalTime.of(15, 0).plusMinutes(9L * i)), false);
            }
        }
        Instant now = clock.instant();
        for (int i = 0; i < Math.min(3, zezhou.size()); i++) {
            Instant at = today.atTime(LocalTime.of(8, 30).plusMinutes(11L * i)).atZone(zone).toInstant();
            Instant latest = now.minus(Duration.ofMinutes(5L * (3 - i)));
            at = at.isAfter(latest) ? latest : at;
            if (at.atZone(zone).toLocalDate().equals(today)) {
                added += made(seeder, zezhou.get(i), PatrolRound.MORNING, at.atZone(zone).toLocalDateTime(), false);
            }
        }
        if (zezhou.contains(ABNORMAL_TODAY)) {
            Instant at = now.minus(Duration.ofMinutes(1));
            if (at.atZone(zone).toLocalDate().equals(today)) {
                added += made(seeder, ABNORMAL_TODAY, PatrolRound.MORNING, at.atZone(zone).toLocalDateTime(), true);
            }
        }
        return added;
    }

    private int made(Actor seeder, String code, PatrolRound round, java.time.LocalDateTime at, boolean abnormal) {
        List<PatrolEntry> items = abnormal
                ? List.of(new PatrolEntry(PatrolItem.COMMITMENT, PatrolResult.ABNORMAL, "昨日未承诺，今日承诺内容与装置运行不符"),
                        new PatrolEntry(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.NORMAL, "电话抽查值班室，有人值守"))
                : List.of(new PatrolEntry(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.NORMAL, "电话抽查值班室，有人值守"));
        patrols.importMade(seeder, new Patrols.NewPatrol(code, round, items, abnormal ? "承诺不实，拟下发整改通知" : null),
                at.atZone(zone).toInstant(), "zezhou", ZEZHOU);
        return 1;
    }
}
