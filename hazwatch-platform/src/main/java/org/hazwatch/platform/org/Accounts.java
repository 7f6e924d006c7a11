package org.hazwatch.platform.org;

/** User accounts, as other features (the demo seed, enterprise registration) create them. */
public interface Accounts {

    /**
     * Creates the account unless one of that name exists; the password is stored hashed.
     *
     * @param scopeCode a jurisdiction code for regulators, an enterprise code for enterprise users, null for admins
     * @return true when it was created
     */
    boolean createIfAbsent(String username, String displayName, String rawPassword, Role role, String scopeCode);
}
