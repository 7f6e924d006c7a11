package org.hazwatch.platform.cascade;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.cascade.rules.PlatformRegistration;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cascade's API for people (docs/CASCADE.md): the province's admin registers city platforms, the province's
 * regulators order follow-ups of forwarded warnings, and both sides read how the cascade goes.
 */
@RestController
class CascadeController {

    private final CascadePlatforms platforms;
    private final CascadeOrders orders;
    private final ForwardedObjects objects;
    private final CascadeStatus status;
    private final CascadeSettings settings;

    CascadeController(CascadePlatforms platforms, CascadeOrders orders, ForwardedObjects objects,
                      CascadeStatus status, CascadeSettings settings) {
        this.platforms = platforms;
        this.orders = orders;
        this.objects = objects;
        this.status = status;
        this.settings = settings;
    }

    @PostMapping("/api/v1/cascade/platforms")
    @ResponseStatus(HttpStatus.CREATED)
    CascadePlatforms.Registered register(Actor actor, @RequestBody PlatformRegistration request) {
        return platforms.register(actor, request);
    }

    /** One registered city platform as the province sees it (never its secret). */
    record PlatformView(String code, String name, String jurisdiction, Instant lastReceived,
                        Map<String, long[]> objectsAndVersions) {
    }

    /** What each city has sent: objects and versions per kind, and when it was last heard (admin). */
    @GetMapping("/api/v1/cascade/platforms")
    List<PlatformView> registered(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("only the platform admin reads the city platforms");
        }
        return platforms.all().stream().map(p -> new PlatformView(p.code(), p.name(), p.jurisdictionCode(),
                objects.lastReceived(p.code()), objects.counts(p.code()))).toList();
    }

    @PostMapping("/api/v1/cascade/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    CascadeWire.Order followUp(Actor actor, @RequestBody CascadeOrders.FollowUp request) {
        return orders.followUp(actor, request);
    }

    /** How this platform's sending to the province goes: backlog and lag per kind, the last failure (admin). */
    @GetMapping("/api/v1/cascade/status")
    CascadeStatus.View sending(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("only the platform admin reads the cascade's status");
        }
        return status.view(settings);
    }

    @ExceptionHandler(CascadeRefused.class)
    ProblemDetail refused(CascadeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.getMessage())));
        return problem;
    }
}
