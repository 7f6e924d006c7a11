package org.hazwatch.platform.access.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTallyTest {

    static final List<AccessTally.Area> COUNTIES = List.of(
            new AccessTally.Area("140525", "泽州县", "140000/140500/140525/"),
            new AccessTally.Area("140581", "高平市", "140000/140500/140581/"));

    static EnterpriseAccess enterprise(String code, String path, boolean major, int points, int connected,
                                       int online) {
        return new EnterpriseAccess(code, code, path, major, points, connected, online, connected > 0, online > 0);
    }

    @Test
    void enterprisesAreCountedUnderTheChildTheyLieInAndTheRestAtTheNodeItself() {
        var rows = AccessTally.byArea(COUNTIES, List.of(
                enterprise("14052500001", "140000/140500/140525/140525100/", true, 10, 10, 9),
                enterprise("14052500002", "140000/140500/140525/", true, 4, 0, 0),
                enterprise("14050000001", "140000/140500/", false, 2, 2, 0)), "本级");

        assertThat(rows).extracting(AccessRow::name).containsExactly("泽州县", "高平市", "本级");
        AccessFigures zezhou = rows.get(0).figures();
        assertThat(zezhou).isEqualTo(new AccessFigures(2, 1, 1, 1, 2, 1, 14, 10, 9, 4));
        assertThat(rows.get(1).figures().enterprises()).isZero();
        assertThat(rows.get(2).drillable()).isFalse();
        assertThat(rows.get(2).figures().pointsConnected()).isEqualTo(2);
        assertThat(zezhou.connectedRate()).isEqualTo(0.5);
    }

    @Test
    void onlyMajorHazardEnterprisesNeverHeardAreListedAsNotConnected() {
        var list = AccessTally.majorHazardNotConnected(List.of(
                enterprise("a", "p/", true, 1, 0, 0), enterprise("b", "p/", false, 1, 0, 0),
                enterprise("c", "p/", true, 1, 1, 0)));
        assertThat(list).extracting(EnterpriseAccess::code).containsExactly("a");
    }
}
