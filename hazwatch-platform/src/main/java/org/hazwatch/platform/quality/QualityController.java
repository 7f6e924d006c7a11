package org.hazwatch.platform.quality;

import java.time.LocalDate;
import org.hazwatch.platform.org.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data-quality API (数据质量, issue 13's binding contract); without {@code day}, today so far. */
@RestController
class QualityController {

    private final DataQuality quality;

    QualityController(DataQuality quality) {
        this.quality = quality;
    }

    @GetMapping("/api/v1/quality/enterprises/{code}")
    EnterpriseQualityView enterprise(Actor actor, @PathVariable String code,
                                     @RequestParam(required = false) LocalDate day) {
        return quality.enterprise(actor, code, day == null ? quality.today() : day);
    }

    @GetMapping("/api/v1/quality/jurisdictions/{code}")
    JurisdictionQualityView jurisdiction(Actor actor, @PathVariable String code,
                                         @RequestParam(required = false) LocalDate day) {
        return quality.jurisdiction(actor, code, day == null ? quality.today() : day);
    }
}
