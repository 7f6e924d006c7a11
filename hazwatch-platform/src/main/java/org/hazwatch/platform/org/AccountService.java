package org.hazwatch.platform.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts (用户): creation by other features and by people, and the scoped listing. */
@Service
class AccountService implements Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{2,64}");
    private static final int MIN_PASSWORD = 8;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final AccountRepository accounts;
    private final JurisdictionRepository jurisdictions;
    private final ObjectProvider<EnterpriseLocator> enterprises;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, JurisdictionRepository jurisdictions,
                   ObjectProvider<EnterpriseLocator> enterprises, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.enterprises = enterprises;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Role role,
                                  String scopeCode) {
        if (accounts.find(username).isPresent()) {
            return false;
        }
        NewUser user = new NewUser(username, displayName, rawPassword, role,
                role == Role.REGULATOR ? scopeCode : null, role != null && role.isEnterprise() ? scopeCode : null);
        create(Actor.system(), user);
        return true;
    }

    /** Creates an account within what the actor may manage; every problem at once, nothing stored on any. */
    @Transactional
    Account create(Actor actor, NewUser user) {
        List<Problem> problems = new ArrayList<>();
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            problems.add(new Problem("username", "2 to 64 letters, digits or _ . @ -"));
        } else if (accounts.find(user.username()).isPresent()) {
            problems.add(new Problem("username", "already taken"));
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 100) {
            problems.add(new Problem("displayName", "a name of 1 to 100 characters is required"));
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD) {
            problems.add(new Problem("password", "at least " + MIN_PASSWORD + " characters"));
        }
        String path = user.role() == null ? null : scopePath(actor, user, problems);
        if (user.role() == null) {
            problems.add(new Problem("role", "one of " + List.of(Role.values())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account account = new Account(user.username(), user.displayName().strip(), encoder.encode(user.password()),
                user.role(), user.jurisdictionCode(), user.enterpriseCode(), true, null);
        accounts.insertIfAbsent(account);
        audit.record(actor, "user.create", "account", account.username(), path, account.enterpriseCode(),
                Map.of("role", account.role().name(), "displayName", account.displayName()));
        return accounts.find(account.username()).orElseThrow();
    }

    /** The path the new account lies at, checking that the actor may create it there. */
    private String scopePath(Actor actor, NewUser user, List<Problem> problems) {
        mayCreate(actor, user.role());
        return switch (user.role()) {
            case PLATFORM_ADMIN -> "";
            case REGULATOR -> {
                Optional<String> path = jurisdictions.find(user.jurisdictionCode()).map(Jurisdiction::path)
                        .filter(actor::seesJurisdiction);
                if (path.isEmpty()) {
                    problems.add(new Problem("jurisdictionCode", "no such jurisdiction"));
                }
                yield path.orElse(null);
            }
            case ENTERPRISE_ADMIN, ENTERPRISE_OPERATOR -> {
                Optional<String> path = enterprisePath(user.enterpriseCode());
                boolean visible = user.enterpriseCode() != null && (actor.isPlatformAdmin()
                        ? path.isPresent() || enterprises.getIfAvailable() == null
                        : actor.sees(user.enterpriseCode(), path.orElse(null)));
                if (!visible) {
                    problems.add(new Problem("enterpriseCode", "no such enterprise"));
                }
                yield path.orElse(null);
            }
        };
    }

    private static void mayCreate(Actor actor, Role role) {
        boolean allowed = switch (actor.role()) {
            case PLATFORM_ADMIN -> true;
            case REGULATOR -> role != Role.PLATFORM_ADMIN;
            case ENTERPRISE_ADMIN -> role.isEnterprise();
            case ENTERPRISE_OPERATOR -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("a " + actor.role() + " may not create a " + role);
        }
    }

    /** The accounts the actor may see: its subtree's regulators and enterprise users, or its enterprise's. */
    List<Account> visibleTo(Actor actor) {
        if (actor.isPlatformAdmin()) {
            return accounts.all();
        }
        if (actor.role().isEnterprise()) {
            return accounts.ofEnterprise(actor.enterpriseCode());
        }
        List<Account> visible = new ArrayList<>(accounts.regulatorsWithin(actor.scope()));
        Map<String, Optional<String>> paths = new HashMap<>();
        for (Account account : accounts.enterpriseUsers()) {
            Optional<String> path = paths.computeIfAbsent(account.enterpriseCode(), this::enterprisePath);
            if (path.filter(p -> actor.sees(account.enterpriseCode(), p)).isPresent()) {
                visible.add(account);
            }
        }
        return visible;
    }

    Optional<String> enterprisePath(String enterpriseCode) {
        EnterpriseLocator locator = enterprises.getIfAvailable();
        return locator == null || enterpriseCode == null ? Optional.empty()
                : locator.jurisdictionPathOf(enterpriseCode);
    }

    Optional<Account> find(String username) {
        return accounts.find(username);
    }

    /**
     * Gives the account a new generated password, shown once to the person who reset it (people, issue 16); the
     * caller has checked that the actor may manage the account. Audited, the password itself never.
     */
    @Transactional
    String resetPassword(Actor actor, Account account, String jurisdictionPath) {
        String password = generatedPassword();
        accounts.setPasswordHash(account.username(), encoder.encode(password));
        audit.record(actor, "user.reset-password", "account", account.username(), jurisdictionPath,
                account.enterpriseCode(), Map.of("role", account.role().name()));
        return password;
    }

    /** A password to hand to a person once: 12 characters of letters (no I, l, O) and digits (no 0, 1), one of each. */
    static String generatedPassword() {
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String lower = "abcdefghijkmnpqrstuvwxyz";
        String digits = "23456789";
        String all = upper + lower + digits;
        StringBuilder password = new StringBuilder();
        password.append(upper.charAt(RANDOM.nextInt(upper.length())));
        password.append(lower.charAt(RANDOM.nextInt(lower.length())));
        password.append(digits.charAt(RANDOM.nextInt(digits.length())));
        while (password.length() < 12) {
            password.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        return password.toString();
    }

    /** An account to create. */
    record NewUser(String username, String displayName, String password, Role role, String jurisdictionCode,
                   String enterpriseCode) {
    }
}
