package org.hazwatch.platform.cascade;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Service;

/**
 * The cascade's status page (级联状态, docs/CASCADE.md) on both sides: on a city, how its sending to the province
 * goes (the platform admin); on a province, each registered city with when it was last heard, what it sent and
 * whether it is silent (the admin, and read-only the regulators whose jurisdiction holds the city's node). Also the
 * cities' names for the marks of origin on the pages. Times in the platform's zone.
 */
@Service
@EntryClass
public class CascadeBoard {

    /** One kind on the city: changes waiting, the age of the oldest, and what was sent since the start. */
    public record KindSending(String kind, long backlog, double lagSeconds, double sent) {
    }

    /** The city's sending to the province. */
    public record Sending(boolean forwarding, String upstreamUrl, String platformCode, OffsetDateTime lastSuccess,
                          OffsetDateTime lastFailure, int lastStatus, String lastError, List<KindSending> kinds) {
    }

    /** Objects and versions a city sent of one kind. */
    public record KindReceived(String kind, long objects, long versions) {
    }

    /** A registered city as the province sees it. */
    public record City(String code, String name, String jurisdictionCode, OffsetDateTime lastHeard, boolean silent,
                       List<KindReceived> received) {
    }

    private final CascadePlatforms platforms;
    private final ForwardedObjects objects;
    private final CitySilences silences;
    private final CascadeStatus status;
    private final CascadeSettings settings;
    private final MeterRegistry meters;
    private final ZoneId zone;

    CascadeBoard(CascadePlatforms platforms, ForwardedObjects objects, CitySilences silences, CascadeStatus status,
                 CascadeSettings settings, MeterRegistry meters, HazwatchProperties hazwatch) {
        this.platforms = platforms;
        this.objects = objects;
        this.silences = silences;
        this.status = status;
        this.settings = settings;
        this.meters = meters;
        this.zone = hazwatch.zone();
    }

    /** The city's sending, for the platform admin; empty for others. */
    public Optional<Sending> sending(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            return Optional.empty();
        }
        CascadeStatus.View v = status.view(settings);
        List<KindSending> kinds = v.backlog().keySet().stream().map(kind -> new KindSending(kind,
                v.backlog().get(kind), v.lagSeconds().get(kind), sent(kind))).toList();
        return Optional.of(new Sending(v.forwarding(), v.upstream(), v.platformCode(), shown(v.lastSuccess()),
                shown(v.lastFailure()), v.lastStatus(), v.lastError(), kinds));
    }

    /** The registered cities the actor sees: all for the admin, those under a regulator's node; none else. */
    public List<City> cities(Actor actor) {
        if (actor.role().isEnterprise()) {
            return List.of();
        }
        Map<String, Instant> heard = silences.lastHeard();
        return platforms.all().stream()
                .filter(p -> actor.isPlatformAdmin() || actor.scope().contains(p.jurisdictionPath()))
                .map(p -> new City(p.code(), p.name(), p.jurisdictionCode(), shown(heard.get(p.code())),
                        silences.isSilent(p.code()), objects.counts(p.code()).entrySet().stream()
                        .map(e -> new KindReceived(e.getKey(), e.getValue()[0], e.getValue()[1])).toList()))
                .toList();
    }

    /** The registered cities' names by code (the marks of origin: 来源：晋城市平台). */
    public Map<String, String> names() {
        return platforms.all().stream().collect(Collectors.toMap(RegisteredPlatform::code, RegisteredPlatform::name));
    }

    private double sent(String kind) {
        Counter counter = meters.find("hazwatch.cascade.sent").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private OffsetDateTime shown(Instant at) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }
}
