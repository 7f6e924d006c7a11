package org.hazwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.hazwatch.platform.ingest.rules.ReadingRules;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;

class BenchmarkStateTest {

    @Test
    void codesStateHoldsValidCodesAndTheirWrongKindTwins() {
        CodesBenchmark.PointCodes state = new CodesBenchmark.PointCodes();
        state.setUp();
        CodesBenchmark benchmark = new CodesBenchmark();

        assertThat(state.valid).hasSize(1_024).doesNotHaveDuplicates();
        assertThat(state.wrongKind).hasSize(1_024);
        for (int i = 0; i < 1_024; i++) {
            assertThat(benchmark.checkValidPoint(state)).isEmpty();
            assertThat(benchmark.checkPointWithWrongKind(state)).hasValueSatisfying(r -> assertThat(r).contains("XX"));
        }
    }

    @Test
    void signerStateSignsAHundredReadingBatchThatVerifies() {
        SignerBenchmark.SignedBody state = new SignerBenchmark.SignedBody();
        state.setUp();
        SignerBenchmark benchmark = new SignerBenchmark();

        assertThat(WireJson.decode(state.body, ReadingBatch.class).readings()).hasSize(100);
        assertThat(benchmark.sign(state)).isEqualTo(state.signature).hasSize(64);
        assertThat(benchmark.verify(state)).isTrue();
    }

    @Test
    void wireJsonStateRoundTripsAThousandReadingBatch() {
        WireJsonBenchmark.Batch state = new WireJsonBenchmark.Batch();
        state.setUp();
        WireJsonBenchmark benchmark = new WireJsonBenchmark();

        assertThat(state.batch.readings()).hasSize(1_000);
        assertThat(benchmark.encode(state)).isEqualTo(state.json);
        assertThat(benchmark.decode(state)).isEqualTo(state.batch);
    }

    @Test
    void readingRulesBatchHoldsOutOfRangeAndLateReadingsAndBothWaysJudgeAlike() {
        ReadingRulesBenchmark.Batch batch = new ReadingRulesBenchmark.Batch();
        batch.setUp();
        ReadingRules.Judge judge = batch.rules.at(batch.receivedAt);

        long outOfRange = 0;
        long late = 0;
        for (int i = 0; i < ReadingRulesBenchmark.READINGS; i++) {
            ReadingRules.Verdict verdict = judge.judge(batch.times[i], batch.values[i], 0.0, 20.0);
            assertThat(verdict).isEqualTo(batch.rules.judge(batch.times[i], batch.values[i], 0.0, 20.0,
                    batch.receivedAt));
            outOfRange += ((ReadingRules.Accepted) verdict).outOfRange() ? 1 : 0;
            late += ((ReadingRules.Accepted) verdict).late() ? 1 : 0;
        }
        assertThat(outOfRange).isEqualTo(100);
        assertThat(late).isEqualTo(50);
    }

    @Test
    void warningPassEnterpriseHasAHundredInBandPointsThatPredictNothing() {
        WarningPassBenchmark.Enterprise state = new WarningPassBenchmark.Enterprise();
        state.setUp();

        assertThat(state.trends).hasSize(100);
        for (int i = 0; i < state.trends.length; i++) {
            assertThat(state.trends[i].predict(state.limits[i], state.now)).isEmpty();
        }
        // the hazard source's and the enterprise's, each with only the source's inherent level
        assertThat(new WarningPassBenchmark().assessEnterprise(state)).hasSize(2)
                .allSatisfy(a -> assertThat(a.factors()).extracting(f -> f.code()).containsExactly("INHERENT_LEVEL"));
    }
}
