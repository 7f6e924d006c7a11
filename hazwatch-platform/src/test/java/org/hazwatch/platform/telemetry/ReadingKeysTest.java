package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hazwatch.testing.Choices;
import org.junit.jupiter.api.Test;

class ReadingKeysTest {

    private static final String POINT = "14052590001001G0001YW001";
    private static final String OTHER = "14052590001001G0002YL001";

    private record Key(String pointCode, long timeMicros) {
    }

    @Test
    void aPointsSecondReadingOfTheSameTimeIsARepeatWhateverInstanceItsCodeIs() {
        ReadingKeys keys = new ReadingKeys().clear(4);

        assertThat(keys.add(POINT, 1_000_000L)).isTrue();
        assertThat(keys.add(new String(POINT.toCharArray()), 1_000_000L)).isFalse();
        assertThat(keys.add(POINT, 1_000_001L)).isTrue();
        assertThat(keys.add(OTHER, 1_000_000L)).isTrue();
    }

    @Test
    void aClearedGroupRemembersNothingOfTheLastOne() {
        ReadingKeys keys = new ReadingKeys().clear(2);
        keys.add(POINT, 7L);

        assertThat(keys.clear(1).add(POINT, 7L)).isTrue();
        assertThat(keys.clear(10_000).add(POINT, 7L)).isTrue();
    }

    /** The group's set of point-and-time records it replaces, answer for answer, across groups of any size. */
    @Test
    void answersAsASetOfKeysWould() {
        ReadingKeys keys = new ReadingKeys();
        forAll(ReadingKeysTest::anyGroups, groups -> {
            for (List<Key> group : groups) {
                Set<Key> seen = new HashSet<>();
                keys.clear(group.size());
                for (Key key : group) {
                    assertThat(keys.add(new String(key.pointCode().toCharArray()), key.timeMicros()))
                            .isEqualTo(seen.add(key));
                }
            }
        });
    }

    private static List<List<Key>> anyGroups(Choices c) {
        List<List<Key>> groups = new ArrayList<>();
        int count = c.between(1, 3);
        for (int g = 0; g < count; g++) {
            groups.add(c.list(0, c.oneOf(5, 300), o -> new Key(
                    "14052590001001G000" + o.between(1, 9) + "YW00" + o.between(1, 9),
                    o.oneIn(2) ? o.between(0L, 3L) : o.anyLong())));
        }
        return groups;
    }
}
