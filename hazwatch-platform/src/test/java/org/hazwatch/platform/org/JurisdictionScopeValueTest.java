package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scope value alone: 泽州县 (140525) and 沁水县 (140521) under 晋城市 (140500), 山西 (140000). */
class JurisdictionScopeValueTest {

    static final String JINCHENG = "140000/140500/";
    static final String ZEZHOU = "140000/140500/140525/";
    static final String QINSHUI = "140000/140500/140521/";
    static final String ZEZHOU_TOWN = ZEZHOU + "140525100/";

    static Actor regulator(String path) {
        return new Actor("r", Role.REGULATOR, null, path, null);
    }

    static Actor enterpriseUser(String code) {
        return new Actor("e", Role.ENTERPRISE_OPERATOR, null, null, code);
    }

    @Test
    void aRegulatorSeesItsNodeAndBelowButNotItsParentOrSibling() {
        JurisdictionScope county = regulator(ZEZHOU).scope();
        assertThat(county.contains(ZEZHOU)).isTrue();
        assertThat(county.contains(ZEZHOU_TOWN)).isTrue();
        assertThat(county.contains(JINCHENG)).isFalse();
        assertThat(county.contains(QINSHUI)).isFalse();
        assertThat(county.sees("14052520001", ZEZHOU_TOWN)).isTrue();
        assertThat(county.sees("14052120001", QINSHUI)).isFalse();
    }

    @Test
    void underANodeBeneathNarrowsToIt() {
        JurisdictionScope city = regulator(JINCHENG).scope().under(ZEZHOU);
        assertThat(city.contains(ZEZHOU_TOWN)).isTrue();
        assertThat(city.contains(QINSHUI)).isFalse();
        assertThat(city).isEqualTo(regulator(ZEZHOU).scope());
    }

    @Test
    void underANodeAboveOrBesideNeverWidens() {
        JurisdictionScope county = regulator(ZEZHOU).scope();
        assertThat(county.under(JINCHENG)).isEqualTo(county);
        assertThat(county.under(JINCHENG).contains(QINSHUI)).isFalse();
        JurisdictionScope beside = county.under(QINSHUI);
        assertThat(beside.isNothing()).isTrue();
        assertThat(beside.contains(QINSHUI)).isFalse();
        assertThat(beside.sees("14052120001", QINSHUI)).isFalse();
        assertThat(beside.on("p", "e").sql()).isEqualTo(" FALSE ");
        assertThat(beside.under(ZEZHOU).isNothing()).isTrue();
    }

    @Test
    void theAdminSeesEverythingAndBindsNoCondition() {
        JurisdictionScope admin = Actor.platformAdmin("admin").scope();
        assertThat(admin.contains(QINSHUI)).isTrue();
        assertThat(admin.sees("14052120001", QINSHUI)).isTrue();
        assertThat(admin.on("jurisdiction_path", "enterprise_code"))
                .isEqualTo(new JurisdictionScope.Condition("TRUE", Map.of()));
        assertThat(admin).isEqualTo(JurisdictionScope.everything());
    }

    @Test
    void aRegulatorBindsAPrefixOfItsPath() {
        JurisdictionScope.Condition c = regulator(ZEZHOU).scope().on("e.jurisdiction_path", "e.enterprise_code");
        assertThat(c.sql()).isEqualTo(" (e.jurisdiction_path LIKE :scopePath) ");
        assertThat(c.params()).containsExactly(Map.entry("scopePath", ZEZHOU + "%"));
    }

    @Test
    void wildcardsInAPathMatchOnlyThemselves() {
        JurisdictionScope.Condition c = regulator("a_b%c\\/").scope().on("path", "code");
        assertThat(c.params()).containsEntry("scopePath", "a\\_b\\%c\\\\/%");
    }

    @Test
    void anEnterpriseUserSeesItsEnterpriseAndNoNode() {
        JurisdictionScope own = enterpriseUser("14052520001").scope();
        assertThat(own.sees("14052520001", ZEZHOU)).isTrue();
        assertThat(own.sees("14052520002", ZEZHOU)).isFalse();
        assertThat(own.contains(ZEZHOU)).isFalse();
        assertThat(own.on("jurisdiction_path", "enterprise_code").sql())
                .isEqualTo(" (enterprise_code = :scopeEnterprise) ");
        assertThat(own.on("jurisdiction_path", "enterprise_code").params())
                .containsExactly(Map.entry("scopeEnterprise", "14052520001"));
        assertThat(own.on("jurisdiction_path").sql()).isEqualTo(" FALSE ");
    }

    @Test
    void anEnterpriseUserAskingForAnotherEnterpriseGetsNothing() {
        JurisdictionScope own = enterpriseUser("14052520001").scope();
        assertThat(own.ofEnterprise("14052520001")).isEqualTo(own);
        assertThat(own.ofEnterprise("14052520002").isNothing()).isTrue();
        assertThat(enterpriseUser(null).scope().isNothing()).isTrue();
    }

    @Test
    void aRegulatorNarrowedToOneEnterpriseBindsBothColumns() {
        JurisdictionScope.Condition c = regulator(ZEZHOU).scope().ofEnterprise("14052520001")
                .on("jurisdiction_path", "enterprise_code");
        assertThat(c.sql()).isEqualTo(" (jurisdiction_path LIKE :scopePath AND enterprise_code = :scopeEnterprise) ");
        assertThat(c.params()).containsEntry("scopePath", ZEZHOU + "%")
                .containsEntry("scopeEnterprise", "14052520001");
    }

    @Test
    void anEnterpriseUserUnderANodeIsNarrowedByBoth() {
        JurisdictionScope own = enterpriseUser("14052520001").scope();
        assertThat(own.under(ZEZHOU).sees("14052520001", ZEZHOU_TOWN)).isTrue();
        assertThat(own.under(QINSHUI).sees("14052520001", ZEZHOU_TOWN)).isFalse();
    }
}
