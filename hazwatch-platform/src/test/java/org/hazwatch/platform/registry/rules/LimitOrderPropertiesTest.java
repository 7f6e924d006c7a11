package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.registry.rules.Documents.ENTERPRISE;
import static org.hazwatch.platform.registry.rules.Documents.level;
import static org.hazwatch.platform.registry.rules.Documents.tankFarm;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.util.Arrays;
import java.util.List;
import org.hazwatch.testing.Gen;
import org.junit.jupiter.api.Test;

class LimitOrderPropertiesTest {

    static final Gen<List<Double>> FOUR_LIMITS = c -> c.list(4, 4, l -> l.between(0.0, 10.0));

    final BaseDataValidator validator = new BaseDataValidator(Documents.LOOKUP, Documents.GRADABLE, false);

    @Test
    void limitsSortedWithinTheRangeAreAccepted() {
        forAll(FOUR_LIMITS, limits -> {
            Double[] sorted = limits.toArray(Double[]::new);
            Arrays.sort(sorted);
            var point = level(ENTERPRISE + "001G0001YW001", sorted[0], sorted[1], sorted[2], sorted[3]);
            assertThat(validator.check(tankFarm(List.of(point)))).isEmpty();
        });
    }

    @Test
    void anyLimitBelowAnEarlierOneIsReported() {
        forAll(FOUR_LIMITS, limits -> {
            var point = level(ENTERPRISE + "001G0001YW001", limits.get(0), limits.get(1), limits.get(2), limits.get(3));
            boolean ordered = limits.get(0) <= limits.get(1) && limits.get(1) <= limits.get(2)
                    && limits.get(2) <= limits.get(3);
            assertThat(validator.check(tankFarm(List.of(point))).isEmpty()).isEqualTo(ordered);
        });
    }
}
