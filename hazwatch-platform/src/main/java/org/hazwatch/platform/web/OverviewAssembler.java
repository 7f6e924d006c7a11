package org.hazwatch.platform.web;

import org.hazwatch.platform.video.Video;
import org.hazwatch.platform.video.VideoSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazwatch.platform.alarm.AlarmDay;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.commitment.CommitmentBoard;
import org.hazwatch.platform.commitment.CommitmentBoards;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Page;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.telemetry.Telemetry;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Gathers the overview of the actor's jurisdiction from the features' public beans. */
@Component
class OverviewAssembler {

    static final int TREND_DAYS = 14;
    private static final int LIVE_ROWS = 50;
    private static final int PAGE = 500;

    private final Registry registry;
    private final Telemetry telemetry;
    private final Alarms alarms;
    private final CommitmentBoards commitments;
    private final WarningLevels warnings;
    private final ConsoleFrame frame;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final Shown shown;
    private final Video video;

    OverviewAssembler(Registry registry, Telemetry telemetry, Alarms alarms,
                      CommitmentBoards commitments, WarningLevels warnings, ConsoleFrame frame,
                      MessageSource messages, ObjectMapper json, Clock clock, Shown shown, Video video) {
        this.video = video;
        this.registry = registry;
        this.telemetry = telemetry;
        this.alarms = alarms;
        this.commitments = commitments;
        this.warnings = warnings;
        this.frame = frame;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.shown = shown;
    }

    Overview of(Actor actor, Locale locale) {
        List<RegisteredEnterprise> registered = visibleEnterprises(actor);
        Map<String, String> names = new LinkedHashMap<>();
        registered.forEach(e -> names.put(e.code(), e.name()));
        List<WarningLevels.StandingWarning> standing = warnings.standingWarnings(actor);
        Map<String, WarningLevel> levels = WarningLevels.worstPerEnterprise(standing);
        Map<String, Boolean> online = telemetry.online(actor, names.keySet());
        Map<String, VideoSummary> cameras = video.summaries(List.copyOf(names.keySet()));
        List<Overview.MapEnterprise> enterprises = registered.stream()
                .map(e -> new Overview.MapEnterprise(e.code(), e.name(), e.address(), e.lon(), e.lat(),
                        levels.get(e.code()), online.getOrDefault(e.code(), false),
                        cameras.containsKey(e.code()) ? "视频 " + cameras.get(e.code()).online() + "/"
                                + cameras.get(e.code()).cameras() + " 在线" : ""))
                .toList();
        long[] byLevel = new long[WarningLevel.values().length + 1];
        enterprises.forEach(e -> byLevel[e.level() == null ? byLevel.length - 1 : e.level().ordinal()]++);
        long onlineCount = enterprises.stream().filter(Overview.MapEnterprise::online).count();
        LocalDate today = shown.today(clock);
        CommitmentBoard board = commitments.board(actor, null, today);
        String[] map = boundary(actor);
        return new Overview(frame.place(actor), map[0], map[1], enterprises, byLevel, onlineCount,
                enterprises.isEmpty() ? null : (double) onlineCount / enterprises.size(), board.commitmentRate(),
                board.onTime() + board.late(), liveRows(actor, names, standing, locale),
                trend(actor, names.keySet(), today));
    }

    List<Overview.LiveRow> liveRows(Actor actor, Map<String, String> names,
                                    List<WarningLevels.StandingWarning> standing, Locale locale) {
        List<Overview.LiveRow> rows = new ArrayList<>();
        for (WarningLevels.StandingWarning w : standing.subList(0, Math.min(LIVE_ROWS, standing.size()))) {
            rows.add(LiveRows.warning(w.id().toString(), w.enterpriseCode(), names.get(w.enterpriseCode()),
                    w.hazardSourceCode(), w.level(), shown.time(w.since()), messages, locale));
        }
        for (AlarmView a : alarms.active(actor, null, LIVE_ROWS)) {
            Overview.LiveRow row = LiveRows.alarm(a.id().toString(), a.enterpriseCode(),
                    names.get(a.enterpriseCode()), a.pointCode(), a.severity(), a.priority(),
                    shown.time(a.raisedAt()), messages, locale);
            // returned to normal, still waiting for acknowledgement
            rows.add(a.active() ? row : row.cleared());
        }
        return rows;
    }

    private List<RegisteredEnterprise> visibleEnterprises(Actor actor) {
        List<RegisteredEnterprise> all = new ArrayList<>();
        Page<RegisteredEnterprise> page;
        int n = 0;
        do {
            page = registry.visibleEnterprises(actor, null, n++, PAGE);
            all.addAll(page.items());
        } while (page.items().size() == PAGE);
        return all;
    }

    private String trend(Actor actor, java.util.Collection<String> codes, LocalDate today) {
        LocalDate from = today.minusDays(TREND_DAYS - 1);
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

    /**
     * The boundary file to draw: the deepest node on the actor's path with a bundled file, and the feature of it on
     * the path (the county inside the city file). The platform admin gets the province file when there is one.
     */
    static String[] boundary(Actor actor) {
        String path = actor.jurisdictionPath() == null ? "" : actor.jurisdictionPath();
        String[] codes = path.isEmpty() ? new String[0] : path.split("/");
        for (int i = codes.length - 1; i >= 0; i--) {
            if (bundled(codes[i])) {
                return new String[] {codes[i], i + 1 < codes.length ? codes[i + 1] : null};
            }
        }
        return actor.isPlatformAdmin() && bundled("140000") ? new String[] {"140000", null} : new String[2];
    }

    private static boolean bundled(String code) {
        return new ClassPathResource("static/geo/" + code + ".geojson").exists();
    }
}
