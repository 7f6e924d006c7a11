package org.hazwatch.platform.org;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it, carrying the {@link Actor} controllers receive. */
record AccountPrincipal(Actor actor, String displayName, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Without the hash, as kept in the session once authenticated. */
    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(actor, displayName, null, enabled);
    }
}
