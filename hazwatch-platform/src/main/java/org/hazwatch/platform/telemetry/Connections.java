package org.hazwatch.platform.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.support.EntryClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which points and enterprises have ever been heard (接入: connected) and which are heard now (在线: online, by the
 * presence rule of SPEC §4), for access progress. Not scoped: the caller asks only about what the actor sees.
 * "Ever heard" is the live state (every point heard since the platform started, and those heard within the offline
 * window before) or an hour rollup of the point (kept for good; usable readings only), asked for all the points
 * not live in one query.
 */
@Service
@EntryClass
public class Connections {

    /** @param connected ever sent a reading; @param online heard within the point offline window */
    public record PointConnection(boolean connected, boolean online) {
    }

    /** @param connected ever heard (its gateway or any point); @param online its gateway heard within the window */
    public record EnterpriseConnection(boolean connected, boolean online) {
    }

    private static final int CHUNK = 5000;

    private final LiveReadings live;
    private final PresenceWatch presence;
    private final JdbcClient jdbc;
    private final Clock clock;

    Connections(LiveReadings live, PresenceWatch presence, JdbcClient jdbc, Clock clock) {
        this.live = live;
        this.presence = presence;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Each point's state, in the order given. Online needs a reading: the presence rule's grace after start
     * (a point never heard counts online for the first window) does not make a never-heard point online here.
     */
    public Map<String, PointConnection> points(Collection<String> pointCodes) {
        Instant now = clock.instant();
        List<String> notLive = pointCodes.stream().filter(code -> live.latest(code).isEmpty()).toList();
        Set<String> rolledUp = rolledUp(notLive);
        Map<String, PointConnection> states = new LinkedHashMap<>();
        for (String code : pointCodes) {
            boolean heard = live.latest(code).isPresent() || rolledUp.contains(code);
            states.put(code, new PointConnection(heard, heard && presence.pointOnline(code, now)));
        }
        return states;
    }

    /**
     * Each enterprise's state, given its points' states: connected when its gateway was heard or any of its points
     * ever sent a reading.
     */
    public EnterpriseConnection enterprise(String enterpriseCode, Collection<PointConnection> points) {
        boolean heard = live.gatewayLastHeard(enterpriseCode).isPresent();
        boolean online = heard && presence.enterpriseOnline(enterpriseCode, clock.instant());
        boolean connected = heard || points.stream().anyMatch(PointConnection::connected);
        return new EnterpriseConnection(connected, online);
    }

    private Set<String> rolledUp(List<String> codes) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < codes.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(codes.subList(from, Math.min(codes.size(), from + CHUNK)));
            found.addAll(jdbc.sql("""
                            SELECT c FROM unnest(CAST(:codes AS text[])) AS c
                            WHERE EXISTS (SELECT 1 FROM reading_1h r WHERE r.point_code = c COLLATE "C")""")
                    .param("codes", chunk.toArray(String[]::new)).query(String.class).list());
        }
        return found;
    }
}
