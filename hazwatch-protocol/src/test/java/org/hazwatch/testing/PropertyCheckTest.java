package org.hazwatch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

    record Case(List<Integer> numbers, String word) {
    }

    static final Gen<Case> CASES = c -> new Case(c.list(0, 50, n -> n.between(0, 1000)), c.string(0, 8, "abc"));

    @Test
    void aPropertyThatHoldsTriesTheGivenNumberOfCases() {
        List<Case> seen = new ArrayList<>();

        PropertyCheck.forAll(CASES, seen::add);

        assertThat(seen).hasSize(PropertyCheck.TRIES);
        assertThat(seen).anyMatch(c -> c.numbers().isEmpty()).anyMatch(c -> c.numbers().size() > 40)
                .anyMatch(c -> c.numbers().contains(0)).anyMatch(c -> c.numbers().contains(1000));
    }

    @Test
    void aFailureNamesItsSeedAndShrinksToASmallCase() {
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> PropertyCheck.forAll(CASES,
                c -> assertThat(c.numbers().stream().mapToInt(Integer::intValue).sum()).isLessThan(1500)));

        assertThat(error.getMessage()).containsPattern("seed -?\\d+ \\(replay: -Dhazwatch.seed=-?\\d+\\)")
                .containsPattern("shrunk case: +Case\\[numbers=\\[\\d+, \\d+], word=]");
        assertThat(error.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void theSeedOfAFailureReplaysTheSameCases() {
        Runnable check = () -> PropertyCheck.forAll(CASES, c -> assertThat(c.word()).doesNotContain("cab"));
        String first = catchThrowableOfType(AssertionError.class, check::run).getMessage();
        Matcher seed = Pattern.compile("seed (-?\\d+)").matcher(first);
        assertThat(seed.find()).isTrue();

        System.setProperty(PropertyCheck.SEED, seed.group(1));
        try {
            assertThat(catchThrowableOfType(AssertionError.class, check::run).getMessage()).isEqualTo(first);
        } finally {
            System.clearProperty(PropertyCheck.SEED);
        }
        assertThat(first).containsPattern("shrunk case: +Case\\[numbers=\\[], word=cab]");
    }
}
