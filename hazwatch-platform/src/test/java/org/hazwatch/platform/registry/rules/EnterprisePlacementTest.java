package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.registry.rules.Documents.LOOKUP;

import org.hazwatch.platform.registry.rules.EnterprisePlacement.Placed;
import org.hazwatch.platform.registry.rules.EnterprisePlacement.Refused;
import org.junit.jupiter.api.Test;

class EnterprisePlacementTest {

    @Test
    void placesAnEnterpriseOfACountyAtTheCounty() {
        assertThat(EnterprisePlacement.place("14052500001", "140525", null, LOOKUP, false)).isEqualTo(new Placed(
                new EnterprisePlacement("140525", null, "140000/140500/140525/")));
    }

    @Test
    void placesAnEnterpriseOfATownAtTheTown() {
        assertThat(EnterprisePlacement.place("14052500001", "140525100", null, LOOKUP, false)).isEqualTo(new Placed(
                new EnterprisePlacement("140525100", null, "140000/140500/140525/140525100/")));
    }

    @Test
    void placesAnEnterpriseInAParkAtThePark() {
        assertThat(EnterprisePlacement.place("14052500001", "140525100", "140525P01", LOOKUP, false)).isEqualTo(new Placed(
                new EnterprisePlacement("140525100", "140525P01", "140000/140500/140525/140525P01/")));
        assertThat(EnterprisePlacement.place("14052500001", "140525P01", null, LOOKUP, false)).isEqualTo(new Placed(
                new EnterprisePlacement("140525", "140525P01", "140000/140500/140525/140525P01/")));
    }

    @Test
    void letsACityParkTakeEnterprisesOfAnyCountyOfTheCity() {
        assertThat(EnterprisePlacement.place("14052100001", "140500P01", null, LOOKUP, false)).isInstanceOf(Placed.class);
    }

    @Test
    void refusesAnEnterpriseCodeOfAnotherCounty() {
        assertThat(EnterprisePlacement.place("14052100001", "140525100", null, LOOKUP, false))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problems()).singleElement()
                        .satisfies(p -> assertThat(p.reason()).contains("140521").contains("南村镇")));
    }

    @Test
    void aRegisteredEnterpriseMovesToAnotherCountyKeepingItsCode() {
        assertThat(EnterprisePlacement.place("14052100001", "140525100", null, LOOKUP, true)).isEqualTo(new Placed(
                new EnterprisePlacement("140525100", null, "140000/140500/140525/140525100/")));
        assertThat(EnterprisePlacement.place("14052100001", "140500", null, LOOKUP, true)).isInstanceOf(Refused.class);
    }

    @Test
    void refusesAnUnknownJurisdictionAndACityAsTheEnterprisesNode() {
        assertThat(EnterprisePlacement.place("14052500001", "149999", null, LOOKUP, false))
                .isEqualTo(new Refused(java.util.List.of(new DocumentProblem("jurisdiction", "unknown jurisdiction 149999"))));
        assertThat(EnterprisePlacement.place("14050000001", "140500", null, LOOKUP, false)).isInstanceOf(Refused.class);
    }

    @Test
    void refusesAParkThatIsNotAPark() {
        assertThat(EnterprisePlacement.place("14052500001", "140525", "140525100", LOOKUP, false))
                .isEqualTo(new Refused(java.util.List.of(new DocumentProblem("park", "unknown park 140525100"))));
    }
}
