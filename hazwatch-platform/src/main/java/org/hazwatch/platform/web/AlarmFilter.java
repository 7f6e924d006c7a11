package org.hazwatch.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.EpisodeState;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.BeijingTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The alarm list's filters as the browser sends them: the days raised (from and to, both included, in the platform's
 * zone; the last seven by default), jurisdiction, enterprise, kind, severity, state, page. An unknown kind, severity
 * or state does not narrow.
 */
public class AlarmFilter {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String jurisdiction;
    private String enterprise;
    private String kind;
    private String severity;
    private String state;
    private int page;
    private ZoneId zone = BeijingTime.ZONE;

    void defaults(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        this.zone = zone;
        if (from == null) {
            from = firstDay;
        }
        if (to == null) {
            to = lastDay;
        }
        page = Math.max(0, page);
    }

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    AlarmKind kind() {
        return parse(AlarmKind.class, kind);
    }

    Severity severity() {
        return parse(Severity.class, severity);
    }

    EpisodeState state() {
        return parse(EpisodeState.class, state);
    }

    /** The filter as a query string (without the page), for the pager, the export link and the way back. */
    public String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        put(b, "from", from == null ? null : from.toString());
        put(b, "to", to == null ? null : to.toString());
        put(b, "jurisdiction", jurisdiction);
        put(b, "enterprise", enterprise);
        put(b, "kind", kind);
        put(b, "severity", severity);
        put(b, "state", state);
        String q = b.build().encode().toUriString();
        return q.isEmpty() ? "?" : q;
    }

    private static void put(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        return null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
