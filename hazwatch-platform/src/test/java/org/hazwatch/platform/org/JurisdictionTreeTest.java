package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class JurisdictionTreeTest {

    @Autowired
    Jurisdictions jurisdictions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheCountyOfZezhouUnderJinchengWithItsPath() {
        Jurisdiction zezhou = jurisdictions.require("140525");
        assertThat(zezhou.name()).isEqualTo("泽州县");
        assertThat(zezhou.level()).isEqualTo(JurisdictionLevel.COUNTY);
        assertThat(zezhou.parentCode()).isEqualTo("140500");
        assertThat(zezhou.path()).isEqualTo("140000/140500/140525/");
        assertThat(jurisdictions.require("140500").name()).isEqualTo("晋城市");
    }

    @Test
    void loadsTownsUnderTheirCounty() {
        Jurisdiction town = jurisdictions.require("140525100");
        assertThat(town.level()).isEqualTo(JurisdictionLevel.TOWN);
        assertThat(town.path()).isEqualTo("140000/140500/140525/140525100/");
        assertThat(jurisdictions.children("140525")).extracting(Jurisdiction::code).contains("140525100")
                .allMatch(code -> code.length() == 9);
    }

    @Test
    void hasThirtyOneToThirtyFourProvinces() {
        assertThat(jurisdictions.children(null)).hasSizeBetween(31, 34)
                .allMatch(p -> p.level() == JurisdictionLevel.PROVINCE && p.path().equals(p.code() + "/"));
    }

    @Test
    void hangsTheDistrictsOfMunicipalitiesDirectlyUnderTheMunicipality() {
        Jurisdiction chaoyang = jurisdictions.require("110105");
        assertThat(chaoyang.parentCode()).isEqualTo("110000");
        assertThat(chaoyang.path()).isEqualTo("110000/110105/");
        assertThat(jurisdictions.find("110100")).isEmpty();
    }

    @Test
    void hangsTheTownsOfCitiesWithoutCountiesDirectlyUnderTheCity() {
        Jurisdiction dongguan = jurisdictions.require("441900");
        assertThat(dongguan.level()).isEqualTo(JurisdictionLevel.CITY);
        assertThat(jurisdictions.require("441900003").path()).isEqualTo("440000/441900/441900003/");
    }

    @Test
    void givesEveryNodeThePathOfItsParentFollowedByItsCode() {
        Integer wrong = jdbc.sql("""
                SELECT count(*) FROM jurisdiction c JOIN jurisdiction p ON p.code = c.parent_code
                WHERE c.path <> p.path || c.code || '/'
                """).query(Integer.class).single();
        assertThat(wrong).isZero();
    }
}
