package org.hazwatch.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/ops (issue 20, must show): the Grafana dashboard has the structure Grafana's dashboard schema requires
 * (uid, title, schemaVersion, panels with ids, types, grid positions, a Prometheus datasource and targets), and it
 * and the Prometheus alert rules name only meters this platform's {@code /actuator/prometheus} exposes.
 */
@PlatformTest
class OperationsDocsTest {

    static final Path OPS = Path.of("..", "docs", "ops");
    /** Metric names in PromQL: the platform's own, Hikari's and the JVM's (functions and labels have no prefix). */
    static final Pattern METRIC = Pattern.compile("\\b((?:hazwatch|hikaricp|jvm|process|http_server)_[a-z0-9_]+)");

    @Autowired
    MockMvc mockMvc;

    @Test
    void theDashboardHasTheStructureOfAGrafanaDashboard() throws IOException {
        Map<String, Object> dashboard = JsonPath.parse(Files.readString(OPS.resolve("hazwatch-dashboard.json")))
                .read("$");

        assertThat(dashboard).containsKeys("uid", "title", "schemaVersion", "panels", "templating", "time");
        assertThat((String) dashboard.get("uid")).matches("[A-Za-z0-9_-]{1,40}");
        assertThat(dashboard.get("schemaVersion")).isInstanceOf(Integer.class);
        List<Map<String, Object>> variables = JsonPath.read(dashboard, "$.templating.list");
        assertThat(variables).anySatisfy(v -> assertThat(v).containsEntry("type", "datasource")
                .containsEntry("query", "prometheus").containsEntry("name", "datasource"));
        List<Map<String, Object>> panels = JsonPath.read(dashboard, "$.panels");
        assertThat(panels).isNotEmpty();
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> panel : panels) {
            assertThat(panel).containsKeys("id", "type", "title", "gridPos", "datasource", "targets");
            assertThat(ids.add(panel.get("id"))).as("panel ids are unique").isTrue();
            Map<String, Object> grid = JsonPath.read(panel, "$.gridPos");
            assertThat(grid).containsKeys("h", "w", "x", "y");
            assertThat((Integer) grid.get("x") + (Integer) grid.get("w")).isLessThanOrEqualTo(24);
            assertPrometheus(JsonPath.read(panel, "$.datasource"));
            List<Map<String, Object>> targets = JsonPath.read(panel, "$.targets");
            assertThat(targets).as(panel.get("title").toString()).isNotEmpty().allSatisfy(target -> {
                assertThat(target).containsKeys("refId", "expr");
                assertPrometheus(JsonPath.read(target, "$.datasource"));
            });
        }
    }

    @Test
    void theDashboardNamesOnlyMetersThePlatformExposes() throws IOException {
        List<String> expressions = JsonPath.read(Files.readString(OPS.resolve("hazwatch-dashboard.json")),
                "$.panels[*].targets[*].expr");

        assertOnlyExposed(expressions);
    }

    @Test
    void theAlertRulesAreWellFormedAndNameOnlyMetersThePlatformExposes() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(OPS.resolve("hazwatch-alerts.yml")));
        List<Map<String, Object>> groups = JsonPath.read(rules, "$.groups");
        List<String> expressions = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> group : groups) {
            assertThat(group).containsKeys("name", "rules");
            List<Map<String, Object>> each = JsonPath.read(group, "$.rules");
            for (Map<String, Object> rule : each) {
                assertThat(rule).containsKeys("alert", "expr", "labels", "annotations");
                assertThat(JsonPath.<String>read(rule, "$.labels.severity")).isIn("warning", "critical");
                assertThat(JsonPath.<String>read(rule, "$.annotations.summary")).isNotBlank();
                expressions.add(rule.get("expr").toString());
                names.add(rule.get("alert").toString());
            }
        }

        assertThat(names).contains("HazwatchIngestStalled", "HazwatchOutboxBacklogGrowing", "HazwatchRollupsBehind",
                "HazwatchDiskFilling", "HazwatchEngineRestored");
        assertOnlyExposed(expressions);
    }

    private void assertOnlyExposed(List<String> expressions) {
        Set<String> exposed = exposedSeries();
        for (String expr : expressions) {
            Matcher m = METRIC.matcher(expr);
            List<String> named = new ArrayList<>();
            while (m.find()) {
                named.add(m.group(1));
            }
            assertThat(named).as("metrics named by " + expr).isNotEmpty();
            assertThat(exposed).as("exposed by /actuator/prometheus, for " + expr).containsAll(named);
        }
    }

    /** The names of every sample /actuator/prometheus answers with ({@code _bucket}, {@code _total} … included). */
    private Set<String> exposedSeries() {
        try {
            MvcResult scrape = mockMvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")
                    .with(TestJurisdictions.admin())).andReturn();
            assertThat(scrape.getResponse().getStatus()).isEqualTo(200);
            Set<String> names = new TreeSet<>();
            for (String line : scrape.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.split("[{ ]", 2)[0]);
                }
            }
            return names;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertPrometheus(Map<String, Object> datasource) {
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("uid", "${datasource}");
    }
}
