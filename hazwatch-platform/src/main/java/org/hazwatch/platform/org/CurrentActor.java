package org.hazwatch.platform.org;

import java.util.Optional;
import org.hazwatch.platform.support.EntryClass;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person of the current request, for code that runs where no {@link Actor} parameter can be had
 * (the web console's frame, which also renders on pages without login).
 */
@EntryClass
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> actor() {
        return principal().map(AccountPrincipal::actor);
    }

    /** The account's display name (泽州县应急管理局), else its login. */
    public static Optional<String> displayName() {
        return principal().map(p -> p.displayName() == null || p.displayName().isBlank()
                ? p.actor().username() : p.displayName());
    }

    private static Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }
}
