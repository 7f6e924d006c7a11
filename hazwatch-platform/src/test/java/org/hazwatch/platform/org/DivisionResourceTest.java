package org.hazwatch.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped divisions file, read as the loader reads it. */
class DivisionResourceTest {

    static final List<String[]> ROWS = Arrays.stream(DivisionLoader.copyText().split("\n"))
            .map(line -> line.split("\t")).toList();

    @Test
    void holdsProvincesCitiesCountiesAndTownsWithCodesOfSixAndNineDigits() {
        assertThat(ROWS).hasSizeGreaterThan(40_000);
        assertThat(ROWS).filteredOn(row -> !row[0].matches(row[1].equals("TOWN") ? "\\d{9}" : "\\d{6}")).isEmpty();
        assertThat(ROWS.stream().filter(row -> row[1].equals("PROVINCE")).count()).isBetween(31L, 34L);
    }

    @Test
    void leavesOutTheMunicipalGroupings() {
        assertThat(ROWS).extracting(row -> row[3]).doesNotContain("市辖区", "县", "省直辖县级行政区划");
    }

    @Test
    void givesEachCodeOnce() {
        assertThat(ROWS.stream().map(row -> row[0]).distinct().count()).isEqualTo(ROWS.size());
    }
}
