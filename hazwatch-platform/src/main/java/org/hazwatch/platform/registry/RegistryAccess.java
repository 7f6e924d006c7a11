package org.hazwatch.platform.registry;

import java.util.Optional;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.rules.EnterprisePlacement;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and write base data. Reading: whoever sees the enterprise (anything else is 404, so other
 * jurisdictions' enterprises are not disclosed). Writing: the platform admin, a regulator whose subtree holds the
 * enterprise's node, or the enterprise's own administrator; a caller who sees the enterprise but may not write
 * it gets 403.
 */
final class RegistryAccess {

    private RegistryAccess() {
    }

    static RegisteredEnterprise visible(Actor actor, Optional<RegisteredEnterprise> enterprise, String code) {
        return enterprise.filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", code));
    }

    /** Before validation: duty operators never write; an enterprise administrator writes only its own enterprise. */
    static void checkWrites(Actor actor, String enterpriseCode) {
        if (actor.role() == Role.ENTERPRISE_OPERATOR) {
            throw new AccessDeniedException("duty operators do not change base data");
        }
        if (actor.role() == Role.ENTERPRISE_ADMIN && !actor.enterpriseCode().equals(enterpriseCode)) {
            throw new AccessDeniedException("an enterprise administrator imports only its own enterprise");
        }
    }

    /** After validation: a regulator places enterprises only inside its subtree; an enterprise does not move itself. */
    static void checkPlacement(Actor actor, Optional<RegisteredEnterprise> existing, EnterprisePlacement placement) {
        if (actor.role() == Role.REGULATOR && !actor.seesJurisdiction(placement.jurisdictionPath())) {
            throw new AccessDeniedException("the jurisdiction lies outside your own");
        }
        if (actor.role() == Role.ENTERPRISE_ADMIN && existing.isPresent()
                && !existing.get().jurisdictionPath().equals(placement.jurisdictionPath())) {
            throw new AccessDeniedException("only a regulator moves an enterprise to another jurisdiction");
        }
    }

    /** Official levels are recorded by regulators (or the platform admin) who see the enterprise. */
    static void checkRecordsOfficialLevel(Actor actor) {
        if (actor.role().isEnterprise()) {
            throw new AccessDeniedException("only a regulator records an official level");
        }
    }
}
