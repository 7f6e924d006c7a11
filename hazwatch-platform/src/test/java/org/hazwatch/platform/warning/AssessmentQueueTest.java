package org.hazwatch.platform.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.Test;

/** The warning engine's order of assessment: a marked enterprise never waits for a whole periodic pass. */
class AssessmentQueueTest {

    private static EnterpriseCode enterprise(int i) {
        return EnterpriseCode.of("140525%05d".formatted(i));
    }

    private static List<EnterpriseCode> enterprises(int n) {
        return IntStream.range(1, n + 1).mapToObj(AssessmentQueueTest::enterprise).toList();
    }

    @Test
    void aPassIsTakenASliceAtATimeInTheOrderOfTheWatchedEnterprises() {
        AssessmentQueue queue = new AssessmentQueue(25);
        assertThat(queue.startPass(enterprises(60))).isTrue();

        assertThat(queue.takeSlice()).containsExactlyElementsOf(enterprises(60).subList(0, 25));
        assertThat(queue.takeSlice()).containsExactlyElementsOf(enterprises(60).subList(25, 50));
        assertThat(queue.takeSlice()).containsExactlyElementsOf(enterprises(60).subList(50, 60));
        assertThat(queue.passUnderWay()).isFalse();
        assertThat(queue.takeSlice()).isEmpty();
    }

    @Test
    void anEnterpriseMarkedDuringAPassIsTakenAfterTheSliceUnderWayNotAfterThePass() {
        AssessmentQueue queue = new AssessmentQueue(25);
        queue.startPass(enterprises(5000));
        List<EnterpriseCode> assessed = new ArrayList<>(queue.takeSlice());
        EnterpriseCode alarmed = enterprise(4000);

        assertThat(queue.mark(alarmed)).as("the first mark starts the settle time").isTrue();
        assertThat(queue.mark(enterprise(4001))).isFalse();
        assessed.addAll(queue.takeMarked());

        assertThat(assessed.indexOf(alarmed)).isEqualTo(25);
        assertThat(queue.anyMarked()).isFalse();
        List<EnterpriseCode> rest = new ArrayList<>();
        while (queue.passUnderWay()) {
            rest.addAll(queue.takeSlice());
        }
        assertThat(rest).as("assessed for their mark, not again in the same pass").hasSize(5000 - 25 - 2)
                .doesNotContain(alarmed, enterprise(4001));
    }

    @Test
    void aPassStartedWhileOneIsUnderWayAddsOnlyWhatIsNewAndStartsNothing() {
        AssessmentQueue queue = new AssessmentQueue(2);
        assertThat(queue.startPass(enterprises(3))).isTrue();
        queue.takeSlice();

        assertThat(queue.startPass(enterprises(4))).as("the slices already queued take them").isFalse();
        assertThat(queue.takeSlice()).containsExactly(enterprise(3), enterprise(1));
        assertThat(queue.takeSlice()).containsExactly(enterprise(2), enterprise(4));
    }

    @Test
    void nothingWatchedStartsNoPass() {
        assertThat(new AssessmentQueue(25).startPass(List.of())).isFalse();
    }

    @Test
    void aRestartKeepsTheMarkedAndDropsThePass() {
        AssessmentQueue queue = new AssessmentQueue(25);
        queue.startPass(enterprises(100));
        queue.mark(enterprise(7));

        assertThat(queue.clear()).containsExactly(enterprise(7));
        assertThat(queue.passUnderWay()).isFalse();
        assertThat(queue.anyMarked()).isFalse();
    }
}
