package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.notify.rules.Medium.EMAIL;
import static org.hazwatch.platform.notify.rules.Medium.FEED;
import static org.hazwatch.platform.notify.rules.Medium.ROBOT;
import static org.hazwatch.platform.notify.rules.Medium.SMS;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

    final RoutingTable table = new RoutingTable(Map.of());

    @Test
    void aRedWarningGoesBySmsAndEmailToTheEnterpriseAndEveryLevelUpToTheCityAndToRobotsAndTheFeed() {
        List<Route> routes = table.routes(NoticeKind.WARNING_RAISED, WarningLevel.RED, Set.of());
        assertThat(routes).filteredOn(r -> r.media().equals(EnumSet.of(SMS, EMAIL))).extracting(Route::party)
                .containsExactlyInAnyOrder(Party.ENTERPRISE_DUTY, Party.ENTERPRISE_SAFETY_MANAGER,
                        Party.CUSTODY_PERSONS, Party.TOWN, Party.COUNTY, Party.ENTERPRISE_PRINCIPAL, Party.CITY);
        assertThat(routes).extracting(Route::party).contains(Party.ROBOTS, Party.FEED);
    }

    @Test
    void anOrangeWarningStopsAtTheCounty() {
        assertThat(table.routes(NoticeKind.WARNING_RAISED, WarningLevel.ORANGE, Set.of())).extracting(Route::party)
                .contains(Party.COUNTY, Party.ENTERPRISE_PRINCIPAL).doesNotContain(Party.CITY);
    }

    @Test
    void aYellowWarningSendsNoShortMessageAndABlueOneOnlyReachesTheFeed() {
        assertThat(table.routes(NoticeKind.WARNING_RAISED, WarningLevel.YELLOW, Set.of()))
                .allSatisfy(r -> assertThat(r.media()).doesNotContain(SMS))
                .extracting(Route::party).contains(Party.ROBOTS, Party.FEED, Party.COUNTY);
        assertThat(table.routes(NoticeKind.WARNING_RAISED, WarningLevel.BLUE, Set.of()))
                .containsExactly(new Route(Party.FEED, Set.of(FEED)));
    }

    @Test
    void theMediaOfALevelAreConfigurable() {
        RoutingTable loud = new RoutingTable(Map.of(WarningLevel.YELLOW, Set.of(SMS, FEED)));
        assertThat(loud.routes(NoticeKind.WARNING_RAISED, WarningLevel.YELLOW, Set.of()))
                .anySatisfy(r -> assertThat(r).isEqualTo(new Route(Party.ENTERPRISE_DUTY, Set.of(SMS))))
                .noneMatch(r -> r.party() == Party.ROBOTS);
        assertThat(loud.mediaOf(WarningLevel.RED)).containsExactlyInAnyOrder(SMS, ROBOT, EMAIL, FEED);
    }

    @Test
    void aDowngradeGoesToTheFeedOnly() {
        assertThat(table.routes(NoticeKind.WARNING_DOWNGRADED, WarningLevel.YELLOW, Set.of()))
                .containsExactly(new Route(Party.FEED, Set.of(FEED)));
    }

    @Test
    void anEscalationReachesExactlyTheNamedPartiesAndTheRobotsWhenRegulatorsAreAmongThem() {
        assertThat(table.routes(NoticeKind.DISPOSAL_ESCALATED, WarningLevel.BLUE,
                Set.of(Party.ENTERPRISE_PRINCIPAL))).extracting(Route::party)
                .containsExactlyInAnyOrder(Party.ENTERPRISE_PRINCIPAL, Party.FEED);
        assertThat(table.routes(NoticeKind.DISPOSAL_ESCALATED, WarningLevel.YELLOW,
                EnumSet.of(Party.TOWN, Party.COUNTY))).extracting(Route::party)
                .containsExactlyInAnyOrder(Party.TOWN, Party.COUNTY, Party.ROBOTS, Party.FEED);
    }

    @Test
    void anAlarmGoesOnlyToTheDutyRoomBySms() {
        assertThat(table.routes(NoticeKind.ALARM, null, Set.of()))
                .containsExactly(new Route(Party.ENTERPRISE_DUTY, Set.of(SMS)));
    }

    @Test
    void dutiesAndFilingsReachThePeopleTheyConcern() {
        assertThat(table.routes(NoticeKind.COMMITMENT_MISSED, null, Set.of())).extracting(Route::party)
                .contains(Party.ENTERPRISE_SAFETY_MANAGER, Party.TOWN, Party.COUNTY);
        assertThat(table.routes(NoticeKind.CUSTODY_OVERDUE, null, Set.of())).extracting(Route::party)
                .contains(Party.NAMED_CUSTODY_PERSON, Party.ENTERPRISE_SAFETY_MANAGER);
        assertThat(table.routes(NoticeKind.FILING_SUBMITTED, null, Set.of())).extracting(Route::party)
                .contains(Party.COUNTY).doesNotContain(Party.TOWN, Party.ENTERPRISE_DUTY);
    }

    /** An escalation's group robots are those of the level it names: a county's group is not the city's rung. */
    @Test
    void aJurisdictionPathNamesItsRegulatorsLevel() {
        assertThat(Party.regulatorsAt("140000/140500/")).isEqualTo(Party.CITY);
        assertThat(Party.regulatorsAt("140000/140500/140525/")).isEqualTo(Party.COUNTY);
        assertThat(Party.regulatorsAt("140000/140500/140525/140525P01/")).isEqualTo(Party.TOWN);
        assertThat(Party.regulatorsAt("140000/140500/140525/140525107/")).isEqualTo(Party.TOWN);
        assertThat(Party.regulatorsAt("140000/")).isNull();
        assertThat(Party.regulatorsAt("")).isNull();
    }
}
