package org.hazwatch.platform.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.filing.rules.FilingRequest;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filing form (报备) as the browser posts it: type, the period in the platform's zone, what it covers (the whole
 * enterprise, hazard sources, points or cameras chosen from the enterprise's registered ones) and the reason.
 */
public class FilingPageForm {

    private String type = FilingType.MAINTENANCE.name();
    private String scope = FilingScope.ENTERPRISE.name();
    private List<String> sources = new ArrayList<>();
    private List<String> points = new ArrayList<>();
    private List<String> cameras = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime until;
    private String reason;

    FilingRequest toRequest(ZoneId zone) {
        FilingScope s = parse(FilingScope.class, scope);
        List<String> targets = s == FilingScope.POINTS ? points : s == FilingScope.HAZARD_SOURCES ? sources
                : s == FilingScope.CAMERAS ? cameras : List.of();
        return new FilingRequest(parse(FilingType.class, type), s, targets,
                from == null ? null : from.atZone(zone).toInstant(), until == null ? null : until.atZone(zone).toInstant(),
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources == null ? new ArrayList<>() : sources;
    }

    public List<String> getPoints() {
        return points;
    }

    public void setPoints(List<String> points) {
        this.points = points == null ? new ArrayList<>() : points;
    }

    public List<String> getCameras() {
        return cameras;
    }

    public void setCameras(List<String> cameras) {
        this.cameras = cameras == null ? new ArrayList<>() : cameras;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getUntil() {
        return until;
    }

    public void setUntil(LocalDateTime until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
