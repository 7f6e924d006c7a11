package org.hazwatch.platform.org.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JurisdictionPathsTest {

    @Test
    void appendsTheCodeAndASlashToTheParentPath() {
        assertThat(JurisdictionPaths.childPath("", "140000")).isEqualTo("140000/");
        assertThat(JurisdictionPaths.childPath("140000/140500/", "140525")).isEqualTo("140000/140500/140525/");
    }

    @Test
    void placesANodeWithinItsAncestorsButNotWithinASiblingSharingADigitPrefix() {
        assertThat(JurisdictionPaths.isWithin("140000/140500/140525/140525100/", "140000/140500/")).isTrue();
        assertThat(JurisdictionPaths.isWithin("140000/140500/140525/", "140000/140500/140525/")).isTrue();
        assertThat(JurisdictionPaths.isWithin("140000/140500/140525/", "140000/140500/14052/")).isFalse();
        assertThat(JurisdictionPaths.isWithin("140000/140500/", "140000/140500/140525/")).isFalse();
        assertThat(JurisdictionPaths.isWithin(null, "")).isFalse();
    }
}
