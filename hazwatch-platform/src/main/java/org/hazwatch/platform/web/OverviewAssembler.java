package org.hazwatch.platform.web;

import org.hazwatch.platform.video.Video;
import org.hazwatch.platform.video.VideoSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.commitment.CommitmentBoard;
import org.hazwatch.platform.commitment.CommitmentBoards;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.telemetry.Telemetry;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Gathers the overview of the actor's jurisdiction from the features' public beans. */
@Component
class OverviewAssembler {

    private static final int LIVE_ROWS = 50;

    private final Registry registry;
    private final Telemetry telemetry;
    private final Alarms alarms;
    private final CommitmentBoards commitments;
    private final WarningLevels warnings;
    private final ConsoleFrame frame;
    private final MessageSource messages;
    private final OverviewTrends trends;
    private final Clock clock;
    private final Shown shown;
    private final Video video;

    OverviewAssembler(Registry registry, Telemetry telemetry, Alarms alarms,
                      CommitmentBoards commitments, WarningLevels warnings, ConsoleFrame frame,
                      MessageSource messages, OverviewTrends trends, Clock clock, Shown shown, Video video) {
        this.video = video;
        this.registry = registry;
        this.telemetry = telemetry;
        this.alarms = alarms;
        this.commitments = commitments;
        this.warnings = warnings;
        this.frame = frame;
        this.messages = messages;
        this.trends = trends;
        this.clock = clock;
        this.shown = shown;
    }

    Overview of(Actor actor, Locale locale) {
        List<RegisteredEnterprise> registered = registry.enterprisesSeenBy(actor, null);
        Map<String, String> names = new HashMap<>(registered.size() * 2);
        registered.forEach(e -> names.put(e.code(), e.name()));
        Map<String, WarningLevel> levels = warnings.worstPerEnterprise(actor);
        Map<String, Boolean> online = telemetry.online(actor, names.keySet());
        Map<String, VideoSummary> cameras = video.summaries(List.copyOf(names.keySet()));
        List<Overview.MapEnterprise> enterprises = new ArrayList<>(registered.size());
        for (RegisteredEnterprise e : registered) {
            VideoSummary video = cameras.get(e.code());
            enterprises.add(new Overview.MapEnterprise(e.code(), e.name(), e.address(), e.lon(), e.lat(),
                    levels.get(e.code()), online.getOrDefault(e.code(), false),
                    video == null ? "" : "视频 " + video.online() + "/" + video.cameras() + " 在线"));
        }
        LocalDate today = shown.today(clock);
        String[] map = boundary(actor);
        return new Overview(frame.place(actor), map[0], map[1], enterprises,
                cards(actor, registered, levels, online, today), liveRows(actor, names, locale),
                trends.of(actor, today));
    }

    /** The cards alone, for the pages' reload: no map list, cameras, live list or charts. */
    Overview.Cards cards(Actor actor) {
        List<RegisteredEnterprise> registered = registry.enterprisesSeenBy(actor, null);
        return cards(actor, registered, warnings.worstPerEnterprise(actor),
                telemetry.online(actor, registered.stream().map(RegisteredEnterprise::code).toList()),
                shown.today(clock));
    }

    private Overview.Cards cards(Actor actor, List<RegisteredEnterprise> registered, Map<String, WarningLevel> levels,
                                 Map<String, Boolean> online, LocalDate today) {
        long[] byLevel = new long[WarningLevel.values().length + 1];
        long onlineCount = 0;
        for (RegisteredEnterprise e : registered) {
            WarningLevel level = levels.get(e.code());
            byLevel[level == null ? byLevel.length - 1 : level.ordinal()]++;
            onlineCount += online.getOrDefault(e.code(), false) ? 1 : 0;
        }
        CommitmentBoard board = commitments.board(actor, null, today);
        long total = registered.size();
        return new Overview.Cards(total, byLevel, onlineCount, total == 0 ? null : (double) onlineCount / total,
                board.commitmentRate(), board.onTime() + board.late());
    }

    List<Overview.LiveRow> liveRows(Actor actor, Map<String, String> names, Locale locale) {
        List<Overview.LiveRow> rows = new ArrayList<>();
        for (WarningLevels.StandingWarning w : warnings.mostSevere(actor, LIVE_ROWS)) {
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
