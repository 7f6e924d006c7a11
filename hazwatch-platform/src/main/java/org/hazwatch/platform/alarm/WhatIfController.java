package org.hazwatch.platform.alarm;

import java.time.OffsetDateTime;
import org.hazwatch.platform.org.Actor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What-if (报警合理化): a point's history replayed with proposed limits, deadband and delays. Changes nothing. */
@RestController
class WhatIfController {

    /** The body: times with offset; {@code limits}, {@code deadband} and the delays left out keep the current. */
    record Body(OffsetDateTime from, OffsetDateTime to, WhatIf.Limits limits, Double deadband, Long onDelaySeconds,
                Long offDelaySeconds) {
    }

    private final WhatIf whatIf;

    WhatIfController(WhatIf whatIf) {
        this.whatIf = whatIf;
    }

    @PostMapping("/api/v1/points/{code}/what-if")
    WhatIf.Result replay(Actor actor, @PathVariable String code, @RequestBody Body body) {
        return whatIf.ofPoint(actor, code, new WhatIf.Proposal(body.from() == null ? null : body.from().toInstant(),
                body.to() == null ? null : body.to().toInstant(), body.limits(), body.deadband(),
                body.onDelaySeconds(), body.offDelaySeconds()));
    }
}
