package org.hazwatch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flyway versions by feature (docs/DECISIONS.md, "Shared kernels: one zone, defaults once, Flyway ranges"): the
 * first ten migrations keep their global numbers; every later one is {@code V<n>__<feature>_<what>.sql} with
 * {@code n} in its feature's hundred, so branches built in parallel never take the same number.
 */
class MigrationRangesTest {

    /** The migrations of the global sequence, as existing databases recorded them; never renamed or added to. */
    static final List<String> GLOBAL = List.of("V1__baseline.sql", "V2__org.sql", "V3__registry.sql",
            "V4__chemical_catalogue.sql", "V5__telemetry.sql", "V6__alarm.sql", "V7__duties.sql", "V8__warning.sql",
            "V9__disposal.sql", "V10__notify.sql");

    /** Feature n (1-based) owns versions n×100 … n×100+99. Append new features; never reorder. */
    static final List<String> FEATURES = List.of("org", "registry", "ingest", "telemetry", "alarm", "warning",
            "disposal", "notify", "commitment", "custody", "filing", "inspection", "bulletin", "quality", "video",
            "cascade");

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z]+)_\\w+\\.sql");

    static List<String> problems(List<String> migrations) {
        List<String> problems = new ArrayList<>();
        Map<Long, String> byVersion = new HashMap<>();
        for (String m : migrations) {
            Matcher v = VERSION.matcher(m);
            if (!v.matches()) {
                problems.add(m + ": not V<n>__<feature>_<what>.sql");
                continue;
            }
            String before = byVersion.put(Long.parseLong(v.group(1)), m);
            if (before != null) {
                problems.add(m + ": same version as " + before);
            }
            if (!GLOBAL.contains(m)) {
                problems.addAll(outOfRange(m));
            }
        }
        return problems;
    }

    private static List<String> outOfRange(String migration) {
        Matcher m = NAME.matcher(migration);
        if (!m.matches()) {
            return List.of(migration + ": not V<n>__<feature>_<what>.sql");
        }
        int feature = FEATURES.indexOf(m.group(2)) + 1;
        if (feature == 0) {
            return List.of(migration + ": no range for feature " + m.group(2) + " (add it to FEATURES and the docs)");
        }
        long version = Long.parseLong(m.group(1));
        long first = feature * 100L;
        return version >= first && version <= first + 99 ? List.of()
                : List.of(migration + ": " + m.group(2) + " owns " + first + "–" + (first + 99));
    }

    @Test
    void everyMigrationOnTheClasspathLiesInItsFeaturesRangeWithAVersionOfItsOwn() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        List<String> names = Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull).toList();
        assertThat(names).containsAll(GLOBAL);
        assertThat(problems(names)).isEmpty();
    }

    @Test
    void aMigrationOutsideItsFeaturesRangeIsRefused() {
        assertThat(problems(List.of("V601__alarm_shelving.sql"))).containsExactly(
                "V601__alarm_shelving.sql: alarm owns 500–599");
        assertThat(problems(List.of("V11__alarm_shelving.sql"))).hasSize(1);
        assertThat(problems(List.of("V501__alarm_shelving.sql", "V1201__inspection_rounds.sql"))).isEmpty();
    }

    @Test
    void twoMigrationsOfOneVersionAreRefused() {
        assertThat(problems(List.of("V501__alarm_shelving.sql", "V501__alarm_notes.sql"))).containsExactly(
                "V501__alarm_notes.sql: same version as V501__alarm_shelving.sql");
        assertThat(problems(List.of("V6__alarm.sql", "V6__alarm_more.sql"))).hasSize(2);
    }

    @Test
    void aMigrationNamingNoFeatureIsRefused() {
        assertThat(problems(List.of("V1300__bulletins.sql", "V1700__nobody_table.sql"))).hasSize(2);
    }
}
