package org.hazwatch.platform.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpotCheckSampleTest {

    @Test
    void theSampleTakesTheShareRoundedUpAndAtLeastOneOfEverySubordinate() {
        Map<String, List<String>> counties = new LinkedHashMap<>();
        counties.put("A", enterprises("A", 30));
        counties.put("B", enterprises("B", 1));
        counties.put("C", enterprises("C", 0));
        counties.put("D", enterprises("D", 4));
        for (long seed = 0; seed < 200; seed++) {
            List<String> sample = SpotCheckSample.draw(counties, 0.2, new Random(seed));
            assertThat(sample).hasSize(7).doesNotHaveDuplicates(); // ceil(0.2 × 35)
            assertThat(sample).anyMatch(e -> e.startsWith("A")).contains("B0").anyMatch(e -> e.startsWith("D"));
        }
    }

    @Test
    void moreSubordinatesThanTheShareStillGiveOneEach() {
        Map<String, List<String>> cities = new LinkedHashMap<>();
        for (int c = 0; c < 11; c++) {
            cities.put("C" + c, enterprises("C" + c + "-", 3));
        }
        List<String> sample = SpotCheckSample.draw(cities, 0.1, new Random(7));
        assertThat(sample).hasSize(11);
    }

    private static List<String> enterprises(String prefix, int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(prefix + i);
        }
        return list;
    }
}
