package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.registry.rules.Documents.ENTERPRISE;
import static org.hazwatch.platform.registry.rules.Documents.level;
import static org.hazwatch.platform.registry.rules.Documents.tankFarm;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class LimitOrderProperties {

    final BaseDataValidator validator = new BaseDataValidator(Documents.LOOKUP, Documents.GRADABLE, false);

    @Property
    void limitsSortedWithinTheRangeAreAccepted(@ForAll @Size(4) List<@DoubleRange(min = 0, max = 10) Double> limits) {
        Double[] sorted = limits.toArray(Double[]::new);
        Arrays.sort(sorted);
        var point = level(ENTERPRISE + "001G0001YW001", sorted[0], sorted[1], sorted[2], sorted[3]);
        assertThat(validator.check(tankFarm(List.of(point)))).isEmpty();
    }

    @Property
    void anyLimitBelowAnEarlierOneIsReported(@ForAll @Size(4) List<@DoubleRange(min = 0, max = 10) Double> limits) {
        var point = level(ENTERPRISE + "001G0001YW001", limits.get(0), limits.get(1), limits.get(2), limits.get(3));
        boolean ordered = limits.get(0) <= limits.get(1) && limits.get(1) <= limits.get(2)
                && limits.get(2) <= limits.get(3);
        assertThat(validator.check(tankFarm(List.of(point))).isEmpty()).isEqualTo(ordered);
    }
}
