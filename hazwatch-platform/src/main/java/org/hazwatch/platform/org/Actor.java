package org.hazwatch.platform.org;

import java.io.Serializable;

/**
 * The person (or token) behind a request, with the part of the tree they may see.
 *
 * <p>Jurisdiction paths are the codes from the root down, each followed by {@code /}
 * ({@code 140000/140500/140525/}); a regulator sees every node whose path starts with its own.
 * Controllers receive it as a method parameter. Serializable because web sessions keep it.
 *
 * @param jurisdictionPath path of the regulator's node; empty for the platform admin; null for enterprise users
 * @param enterpriseCode   the enterprise of an enterprise user; null otherwise
 */
public record Actor(String username, Role role, String jurisdictionCode, String jurisdictionPath,
                    String enterpriseCode) implements Serializable {

    public static Actor platformAdmin(String username) {
        return new Actor(username, Role.PLATFORM_ADMIN, null, "", null);
    }

    /** The internal actor used by seeding and scheduled jobs; it sees everything. */
    public static Actor system() {
        return platformAdmin("system");
    }

    public boolean isPlatformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    /** What this actor may see; narrow it with {@link JurisdictionScope#under} and bind it into SQL. */
    public JurisdictionScope scope() {
        return JurisdictionScope.of(this);
    }

    /** Whether this actor may see an enterprise that lies at {@code enterpriseJurisdictionPath}. */
    public boolean sees(String enterpriseCode, String enterpriseJurisdictionPath) {
        return scope().sees(enterpriseCode, enterpriseJurisdictionPath);
    }

    /** Whether this actor may see a jurisdiction node at {@code path}. */
    public boolean seesJurisdiction(String path) {
        return scope().contains(path);
    }
}
