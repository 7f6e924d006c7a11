package org.hazwatch.platform.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a jurisdiction for a period, as a document independent of its rendering: sections with paragraphs,
 * tables and charts, and the enterprises named. A bulletin renders it to PDF (a table as a table, a chart as a
 * picture) and to Excel (a sheet per table); a page shows it. The same figures everywhere.
 */
public record Report(String jurisdictionCode, String jurisdictionName, LocalDate from, LocalDate to,
                     List<Section> sections, List<NamedEnterprise> named) {

    public Report {
        sections = List.copyOf(sections);
        named = List.copyOf(named);
    }

    /** A numbered part of the report (一、二、…) with its text, tables and charts, in that order. */
    public record Section(String heading, List<String> paragraphs, List<Table> tables, List<Chart> charts) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
            charts = List.copyOf(charts);
        }
    }

    /**
     * A table: {@code name} is its caption and its Excel sheet's name (≤ 31 characters); cells are {@link String},
     * {@link Number} (a rate as a fraction 0..1 when {@code percentColumns} holds the column) or null (shown "—").
     */
    public record Table(String name, List<String> header, List<List<Object>> rows, List<Integer> percentColumns) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                    .toList();
            percentColumns = List.copyOf(percentColumns);
        }
    }

    /** A chart: a value per category for each series; bars for comparisons, lines for days. */
    public record Chart(String title, Kind kind, List<String> categories, List<Series> series) {

        public enum Kind { BAR, LINE, PIE }

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    public record Series(String name, List<Double> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** An enterprise the report names, with the reasons (未按时承诺 ≥ 3 天, 无故离线 > 24 小时, …) and its paragraph. */
    public record NamedEnterprise(String enterpriseCode, String name, List<String> reasons, String paragraph) {

        public NamedEnterprise {
            reasons = List.copyOf(reasons);
        }
    }
}
