package org.hazwatch.platform.quality.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A period {@code [from, until)}. */
public record Span(Instant from, Instant until) {

    public Span {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a span ends after it begins");
        }
    }

    public boolean overlaps(Span other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }

    public Duration length() {
        return Duration.between(from, until);
    }

    /** What of this span no span of {@code cut} covers, in order. */
    public List<Span> minus(List<Span> cut) {
        List<Span> left = new ArrayList<>();
        Instant at = from;
        for (Span c : cut.stream().sorted(Comparator.comparing(Span::from)).toList()) {
            if (!c.until.isAfter(at) || !c.from.isBefore(until)) {
                continue;
            }
            if (c.from.isAfter(at)) {
                left.add(new Span(at, c.from));
            }
            at = c.until.isAfter(at) ? c.until : at;
            if (!at.isBefore(until)) {
                return left;
            }
        }
        if (at.isBefore(until)) {
            left.add(new Span(at, until));
        }
        return left;
    }

    /** The total length of the spans (assumed not to overlap). */
    public static Duration total(List<Span> spans) {
        return spans.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
    }
}
