package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-sent batches (补传 of what was acknowledged already) decided "already there" in bulk: nothing stored twice, the
 * reply still exact per request. How fast that is, is the load benchmark's re-send phase ({@code resend_ratio}).
 */
@PlatformTest
class ReadingResendTest {

    static final int POINTS = 100;
    static final int REQUESTS = 10;
    static final int PER_REQUEST = 5_000;

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();
    final List<String> points = new ArrayList<>();
    final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(2, ChronoUnit.HOURS);

    ReadingResendTest() {
        for (int p = 0; p < POINTS; p++) {
            points.add(InMemoryPointDirectory.newPointCode(enterprise));
        }
    }

    @Test
    void reSendingTheSame50000ReadingsStoresNothingTwiceAndAnswersEachRequestExactly() {
        List<List<NewReading>> batches = batches(0, REQUESTS);

        List<AppendOutcome> first = appendTogether(batches);
        List<AppendOutcome> again = appendTogether(batches);
        List<AppendOutcome> thirdTime = appendTogether(batches);

        assertThat(first).containsOnly(new AppendOutcome(PER_REQUEST, 0));
        assertThat(again).hasSize(REQUESTS).containsOnly(new AppendOutcome(0, PER_REQUEST));
        assertThat(thirdTime).containsOnly(new AppendOutcome(0, PER_REQUEST));
        assertThat(rows()).isEqualTo(REQUESTS * PER_REQUEST);
        assertThat(distinctRows()).isEqualTo(REQUESTS * PER_REQUEST);
    }

    @Test
    void aGroupOfReSentAndNewRequestsStoresOnlyTheNewAndTellsEachRequestItsOwn() {
        List<List<NewReading>> old = batches(0, 4);
        appendTogether(old);
        List<List<NewReading>> mixed = new ArrayList<>(old.subList(0, 2));
        mixed.addAll(batches(4, 6));
        // one request half re-sent, half new
        List<NewReading> half = new ArrayList<>(old.get(2).subList(0, PER_REQUEST / 2));
        half.addAll(batches(6, 7).get(0).subList(0, PER_REQUEST / 2));
        mixed.add(half);

        List<AppendOutcome> outcomes = appendTogether(mixed);

        assertThat(outcomes).containsExactly(new AppendOutcome(0, PER_REQUEST), new AppendOutcome(0, PER_REQUEST),
                new AppendOutcome(PER_REQUEST, 0), new AppendOutcome(PER_REQUEST, 0),
                new AppendOutcome(PER_REQUEST / 2, PER_REQUEST / 2));
        assertThat(rows()).isEqualTo(6 * PER_REQUEST + PER_REQUEST / 2);
        // and after a re-send, new readings go the straight way again, all stored
        assertThat(appendTogether(batches(7, 8))).containsExactly(new AppendOutcome(PER_REQUEST, 0));
        assertThat(rows()).isEqualTo(7 * PER_REQUEST + PER_REQUEST / 2);
    }

    /** Requests {@code from} to {@code to} (exclusive) of a gateway going round its points, one second a round. */
    private List<List<NewReading>> batches(int from, int to) {
        List<List<NewReading>> batches = new ArrayList<>();
        for (int b = from; b < to; b++) {
            List<NewReading> batch = new ArrayList<>(PER_REQUEST);
            for (int i = 0; i < PER_REQUEST; i++) {
                int n = b * PER_REQUEST + i;
                batch.add(new NewReading(points.get(n % POINTS), start.plusSeconds(n / POINTS), n % 97,
                        ReadingQuality.GOOD, true));
            }
            batches.add(batch);
        }
        return batches;
    }

    /** Appends every request at once, so the writer groups them as it groups a gateway's re-send. */
    private List<AppendOutcome> appendTogether(List<List<NewReading>> requests) {
        List<CompletableFuture<AppendOutcome>> futures = requests.stream().map(log::append).toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private int rows() {
        return jdbc.sql("SELECT count(*) FROM reading WHERE point_code IN (:points)").param("points", points)
                .query(Integer.class).single();
    }

    private int distinctRows() {
        return jdbc.sql("SELECT count(DISTINCT (point_code, time)) FROM reading WHERE point_code IN (:points)")
                .param("points", points).query(Integer.class).single();
    }
}
