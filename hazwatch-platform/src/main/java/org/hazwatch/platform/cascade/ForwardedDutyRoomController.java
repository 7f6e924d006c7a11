package org.hazwatch.platform.cascade;

import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the province: the duty room's objects the cities forwarded (docs/CASCADE.md, what the province shows), as the
 * city's read API showed each, with {@code "origin"} the city's platform code; only those under nodes the user
 * sees, newest first. Read-only: they are changed on the city.
 */
@RestController
class ForwardedDutyRoomController {

    private static final int AT_MOST = 1000;

    private final ForwardedObjects objects;
    private final ObjectMapper json;

    ForwardedDutyRoomController(ForwardedObjects objects, ObjectMapper json) {
        this.objects = objects;
        this.json = json;
    }

    @GetMapping("/api/v1/cascade/forwarded/{kind:handling-steps|commitments|custody-checks|filings}")
    List<ObjectNode> forwarded(Actor actor, @PathVariable String kind,
                               @RequestParam(required = false) String enterprise,
                               @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > AT_MOST) {
            throw InvalidInputException.of("limit", "1 to " + AT_MOST);
        }
        return objects.list(CascadeWire.Kind.ofPath(kind), actor.scope(), enterprise, "TRUE", Map.of(), limit)
                .stream().map(o -> {
                    ObjectNode body = (ObjectNode) json.readTree(o.body());
                    body.put("origin", o.sourcePlatform());
                    return body;
                }).toList();
    }
}
