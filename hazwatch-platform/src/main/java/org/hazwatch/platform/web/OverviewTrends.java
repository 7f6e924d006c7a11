package org.hazwatch.platform.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hazwatch.platform.alarm.AlarmDay;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.telemetry.Telemetry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The overview's 14-day charts (alarms per day by priority, online rate per day) of a jurisdiction, as JSON safe
 * inside a script element. The online rate reads the hour rollups of every point of the jurisdiction (a province:
 * 500,000 points × the hours of 14 days), far too much for every page, so each jurisdiction's charts are kept and
 * renewed in the background a minute after they were made (issue 17): a page shows charts at most about a minute
 * old, and only the first page of a jurisdiction on a day waits for them.
 */
@Component
class OverviewTrends {

    static final int DAYS = 14;
    private static final Duration RENEW_AFTER = Duration.ofMinutes(1);
    private static final Duration DROP_UNUSED_AFTER = Duration.ofMinutes(15);

    /**
     * A jurisdiction's charts on a day: equal for actors whose role, node and enterprise are equal (what decides what
     * they see); the actor rides along for the loader.
     */
    private static final class Key {
        private final List<Object> sees;
        private final LocalDate today;
        private final Actor actor;

        Key(Actor actor, LocalDate today) {
            this.sees = Arrays.asList(actor.role(), actor.jurisdictionPath(), actor.enterpriseCode());
            this.today = today;
            this.actor = actor;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.sees.equals(sees) && k.today.equals(today);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sees, today);
        }
    }

    private final Registry registry;
    private final Alarms alarms;
    private final Telemetry telemetry;
    private final ObjectMapper json;
    private final LoadingCache<Key, String> charts;

    OverviewTrends(Registry registry, Alarms alarms, Telemetry telemetry, ObjectMapper json) {
        this.registry = registry;
        this.alarms = alarms;
        this.telemetry = telemetry;
        this.json = json;
        this.charts = Caffeine.newBuilder().refreshAfterWrite(RENEW_AFTER).expireAfterAccess(DROP_UNUSED_AFTER)
                .maximumSize(1_000).build(key -> charts(key.actor, key.today));
    }

    /** The charts of what the actor sees, ending today. */
    String of(Actor actor, LocalDate today) {
        return charts.get(new Key(actor, today));
    }

    private String charts(Actor actor, LocalDate today) {
        LocalDate from = today.minusDays(DAYS - 1);
        List<String> codes = registry.enterprisesSeenBy(actor, null).stream().map(RegisteredEnterprise::code)
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> days = new ArrayList<>();
        List<Integer> high = new ArrayList<>();
        List<Integer> medium = new ArrayList<>();
        List<Integer> low = new ArrayList<>();
        for (AlarmDay d : alarms.perDay(actor, from, today)) {
            days.add(d.day().toString().substring(5));
            high.add(d.high());
            medium.add(d.medium());
            low.add(d.low());
        }
        data.put("days", days);
        data.put("high", high);
        data.put("medium", medium);
        data.put("low", low);
        data.put("online", telemetry.onlineRatePerDay(actor, codes, from, today).stream()
                .map(d -> Math.round(d.rate() * 1000) / 10.0).toList());
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
