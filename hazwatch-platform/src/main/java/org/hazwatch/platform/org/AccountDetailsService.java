package org.hazwatch.platform.org;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for authentication, with the caller's place in the tree. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final JurisdictionRepository jurisdictions;

    AccountDetailsService(AccountRepository accounts, JurisdictionRepository jurisdictions) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        return principal(username).orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    Optional<AccountPrincipal> principal(String username) {
        return accounts.find(username).map(a -> new AccountPrincipal(actorOf(a), a.displayName(), a.passwordHash(),
                a.enabled()));
    }

    Actor actorOf(Account account) {
        return switch (account.role()) {
            case PLATFORM_ADMIN -> Actor.platformAdmin(account.username());
            case REGULATOR -> new Actor(account.username(), account.role(), account.jurisdictionCode(),
                    jurisdictions.find(account.jurisdictionCode()).map(Jurisdiction::path).orElseThrow(),
                    null);
            case ENTERPRISE_ADMIN, ENTERPRISE_OPERATOR -> new Actor(account.username(), account.role(), null, null,
                    account.enterpriseCode());
        };
    }
}
