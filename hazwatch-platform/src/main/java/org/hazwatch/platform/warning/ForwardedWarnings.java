package org.hazwatch.platform.warning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;

/**
 * Warnings another platform issued and forwarded to this one (cascade, SPEC §12), kept by the cascade feature and
 * listed beside this platform's own.
 */
public interface ForwardedWarnings {

    /** The forwarded warnings within the scope that match the filter (its page and size aside), newest first. */
    List<WarningView> list(JurisdictionScope scope, WarningView.Filter filter);

    /** One forwarded warning, if the actor sees it. */
    Optional<WarningView> warning(Actor actor, UUID id);
}
