package org.hazwatch.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TennesseeEastmanTest {

    @Test
    void readsDisturbanceOneFromTheClasspath() {
        TeRecording idv1 = TennesseeEastman.disturbance(1);

        assertThat(idv1.disturbance()).isEqualTo(1);
        assertThat(idv1.samples()).hasSize(301);
        assertThat(idv1.samples().get(0).hours()).isEqualTo(0.0);
        assertThat(idv1.samples().get(1).hours()).isCloseTo(1 / 6.0, within(1e-5));
        assertThat(idv1.samples().get(300).hours()).isEqualTo(50.0);
        assertThat(idv1.samples()).allSatisfy(s -> assertThat(s.columns()).hasSize(51));
    }

    @Test
    void readsTheFirstRowsValuesInENotation() {
        TeSample first = TennesseeEastman.disturbance(1).samples().get(0);

        assertThat(first.xmeas(1)).isEqualTo(0.250521);
        assertThat(first.xmeas(7)).isEqualTo(2705.0);
        assertThat(first.xmeas(9)).isEqualTo(120.4);
        assertThat(first.xmeas(22)).isEqualTo(77.297);
    }

    @Test
    void shipsAllFifteenDisturbances() {
        IntStream.rangeClosed(1, 15).forEach(n ->
                assertThat(TennesseeEastman.disturbance(n).samples()).hasSize(301));
        assertThatThrownBy(() -> TennesseeEastman.disturbance(16)).hasMessageContaining("1..15");
    }

    @Test
    void namesTheLineOfARowWithTheWrongNumberOfColumns() {
        String row = " 1.0E+00".repeat(51) + "\n";
        assertThatThrownBy(() -> TennesseeEastman.read(1, new StringReader(row + " 1.0\t2.0\n"),
                new StringReader("0.0 1 1\n0.1 1 1\n")))
                .hasMessageContaining("line 2").hasMessageContaining("2 columns");
    }

    @Test
    void refusesMeasurementsAndTimesOfDifferentLengths() {
        String row = " 1.0E+00".repeat(51) + "\n";
        assertThatThrownBy(() -> TennesseeEastman.read(1, new StringReader(row + row), new StringReader("0.0\n")))
                .hasMessageContaining("2 measurement rows but 1 time rows");
    }

    @Test
    void namesAFieldThatIsNotANumber() {
        String row = " 1.0E+00".repeat(50) + " x\n";
        assertThatThrownBy(() -> TennesseeEastman.read(1, new StringReader(row), new StringReader("0.0\n")))
                .hasMessageContaining("column 51");
    }
}
