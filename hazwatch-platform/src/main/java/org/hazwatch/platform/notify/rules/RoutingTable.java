package org.hazwatch.platform.notify.rules;

import static org.hazwatch.platform.notify.rules.Medium.EMAIL;
import static org.hazwatch.platform.notify.rules.Medium.FEED;
import static org.hazwatch.platform.notify.rules.Medium.ROBOT;
import static org.hazwatch.platform.notify.rules.Medium.SMS;
import static org.hazwatch.platform.notify.rules.Party.CITY;
import static org.hazwatch.platform.notify.rules.Party.COUNTY;
import static org.hazwatch.platform.notify.rules.Party.CUSTODY_PERSONS;
import static org.hazwatch.platform.notify.rules.Party.ENTERPRISE_DUTY;
import static org.hazwatch.platform.notify.rules.Party.ENTERPRISE_PRINCIPAL;
import static org.hazwatch.platform.notify.rules.Party.ENTERPRISE_SAFETY_MANAGER;
import static org.hazwatch.platform.notify.rules.Party.NAMED_CUSTODY_PERSON;
import static org.hazwatch.platform.notify.rules.Party.ROBOTS;
import static org.hazwatch.platform.notify.rules.Party.TOWN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * Who is told of what, by which medium (docs/NOTIFY.md, "Routing"). For warnings the level chooses the media
 * (default red and orange: SMS, robot, e-mail, feed; yellow: robot, e-mail, feed; blue: feed); the other kinds
 * have fixed routes, because they are reminders to a named person rather than grades of risk.
 */
public final class RoutingTable {

    private static final Set<Medium> PERSON = EnumSet.of(SMS, EMAIL);

    private final Map<WarningLevel, Set<Medium>> levelMedia;

    public RoutingTable(Map<WarningLevel, Set<Medium>> levelMedia) {
        Map<WarningLevel, Set<Medium>> copy = new EnumMap<>(WarningLevel.class);
        for (WarningLevel level : WarningLevel.values()) {
            copy.put(level, Set.copyOf(levelMedia.getOrDefault(level, defaults().get(level))));
        }
        this.levelMedia = copy;
    }

    /** The issue's defaults: red/orange → SMS, robot, e-mail, feed; yellow → robot, e-mail, feed; blue → feed. */
    public static Map<WarningLevel, Set<Medium>> defaults() {
        Map<WarningLevel, Set<Medium>> media = new EnumMap<>(WarningLevel.class);
        media.put(WarningLevel.RED, EnumSet.of(SMS, ROBOT, EMAIL, FEED));
        media.put(WarningLevel.ORANGE, EnumSet.of(SMS, ROBOT, EMAIL, FEED));
        media.put(WarningLevel.YELLOW, EnumSet.of(ROBOT, EMAIL, FEED));
        media.put(WarningLevel.BLUE, EnumSet.of(FEED));
        return media;
    }

    public Set<Medium> mediaOf(WarningLevel level) {
        return levelMedia.get(level);
    }

    /**
     * The routes of a notification.
     *
     * @param level       the warning's level (for a lift, the last one); null for kinds without one
     * @param escalatedTo the parties a disposal escalation names; ignored for other kinds
     */
    public List<Route> routes(NoticeKind kind, WarningLevel level, Set<Party> escalatedTo) {
        Routes r = new Routes();
        switch (kind) {
            case WARNING_RAISED, WARNING_UPGRADED -> {
                Set<Medium> media = mediaOf(level);
                r.people(media, ENTERPRISE_DUTY, ENTERPRISE_SAFETY_MANAGER, CUSTODY_PERSONS, TOWN, COUNTY);
                if (level.major()) {
                    r.people(media, ENTERPRISE_PRINCIPAL);
                }
                if (level == WarningLevel.RED) {
                    r.people(media, CITY);
                }
                r.groups(media);
            }
            case WARNING_REPEAT -> {
                r.people(mediaOf(level), ENTERPRISE_DUTY, CUSTODY_PERSONS);
                r.feed(mediaOf(level));
            }
            case WARNING_DOWNGRADED -> r.add(Party.FEED, FEED);
            case WARNING_LIFTED -> {
                r.people(mediaOf(level), ENTERPRISE_DUTY);
                r.add(Party.FEED, FEED);
            }
            case DISPOSAL_ESCALATED -> {
                escalatedTo.forEach(p -> r.add(p, PERSON));
                if (escalatedTo.stream().anyMatch(Party::regulator)) {
                    r.add(ROBOTS, ROBOT);
                }
                r.add(Party.FEED, FEED);
            }
            case FOLLOW_UP_ORDERED -> {
                r.people(PERSON, ENTERPRISE_DUTY, ENTERPRISE_PRINCIPAL, ENTERPRISE_SAFETY_MANAGER);
                r.add(Party.FEED, FEED);
            }
            case ALARM -> r.add(ENTERPRISE_DUTY, SMS);
            case COMMITMENT_MISSED -> {
                r.people(EnumSet.of(SMS), ENTERPRISE_SAFETY_MANAGER, ENTERPRISE_PRINCIPAL);
                r.people(EnumSet.of(EMAIL), TOWN, COUNTY);
                r.add(Party.FEED, FEED);
            }
            case COMMITMENT_LATE -> {
                r.people(EnumSet.of(EMAIL), TOWN, COUNTY);
                r.add(Party.FEED, FEED);
            }
            case CUSTODY_OVERDUE -> {
                r.people(EnumSet.of(SMS), NAMED_CUSTODY_PERSON, ENTERPRISE_SAFETY_MANAGER);
                r.add(Party.FEED, FEED);
            }
            case FILING_SUBMITTED -> {
                r.people(EnumSet.of(EMAIL), COUNTY);
                r.add(ROBOTS, ROBOT);
                r.add(Party.FEED, FEED);
            }
            case PATROL_ROUND_MISSED -> {
                // patrol (issue 12): escalated to the city over the county (or park)
                r.people(EnumSet.of(SMS, EMAIL), CITY);
                r.add(Party.FEED, FEED);
            }
            case BULLETIN_ISSUED -> {
                // bulletin (issue 13): the regulators of a node beneath the issuer (e-mail, the PDF attached), the
                // robots of that node's level (the link), the feed
                escalatedTo.forEach(p -> r.add(p, EMAIL));
                r.add(ROBOTS, ROBOT);
                r.add(Party.FEED, FEED);
            }
            case BULLETIN_NAMED -> {
                r.people(EnumSet.of(SMS), ENTERPRISE_PRINCIPAL, ENTERPRISE_SAFETY_MANAGER);
                r.add(Party.FEED, FEED);
            }
            case RECTIFICATION_OVERDUE -> {
                // the enterprise, and the regulators one level above the one who issued the order
                r.people(PERSON, ENTERPRISE_PRINCIPAL, ENTERPRISE_SAFETY_MANAGER);
                escalatedTo.forEach(p -> r.add(p, PERSON));
                r.add(Party.FEED, FEED);
            }
        }
        return r.list;
    }

    private static final class Routes {
        final List<Route> list = new ArrayList<>();

        void add(Party party, Medium first, Medium... more) {
            list.add(new Route(party, EnumSet.of(first, more)));
        }

        void add(Party party, Set<Medium> media) {
            list.add(new Route(party, media));
        }

        /** People are reached by SMS and e-mail only, where the level allows. */
        void people(Set<Medium> allowed, Party... parties) {
            Set<Medium> media = EnumSet.noneOf(Medium.class);
            media.addAll(allowed);
            media.retainAll(PERSON);
            if (!media.isEmpty()) {
                for (Party p : parties) {
                    add(p, media);
                }
            }
        }

        void groups(Set<Medium> allowed) {
            if (allowed.contains(ROBOT)) {
                add(ROBOTS, ROBOT);
            }
            feed(allowed);
        }

        void feed(Set<Medium> allowed) {
            if (allowed.contains(FEED)) {
                add(Party.FEED, FEED);
            }
        }
    }
}
