package org.hazwatch.platform.org;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.rules.MobileNumber;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration (用户管理, people, issue 16): the platform admin over everyone, a regulator over its
 * jurisdiction and below (its regulators and the enterprise users there), an enterprise's admin over its own
 * users. Create (with a generated password shown once when none is given), disable and enable, reset the password,
 * the mobile number and, for enterprise users, whether on duty. An account outside the actor's reach is a 404;
 * every change is audited. Passwords are set through {@link AccountService} only.
 */
@Service
@EntryClass
public class UserAdministration {

    /** An account as the administration shows it. */
    public record UserRow(String username, String displayName, Role role, String jurisdictionCode,
                          String enterpriseCode, String mobile, boolean onDuty, boolean enabled,
                          OffsetDateTime createdAt) {
    }

    /** An account to create; a blank password is generated (and shown once). */
    public record NewAccount(String username, String displayName, Role role, String jurisdictionCode,
                             String enterpriseCode, String mobile, Boolean onDuty, String password) {
    }

    /** The account created and, when the password was generated, that password (else null). */
    public record Created(UserRow user, String generatedPassword) {
    }

    private final AccountService accounts;
    private final AccountReach reach;
    private final JurisdictionRepository jurisdictions;
    private final AuditLog audit;

    UserAdministration(AccountService accounts, AccountReach reach, JurisdictionRepository jurisdictions,
                       AuditLog audit) {
        this.accounts = accounts;
        this.reach = reach;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    /** The roles the actor may give; empty for duty operators, who administer nobody. */
    public List<Role> rolesFor(Actor actor) {
        return switch (actor.role()) {
            case PLATFORM_ADMIN -> List.of(Role.values());
            case REGULATOR -> List.of(Role.REGULATOR, Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_OPERATOR);
            case ENTERPRISE_ADMIN -> List.of(Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_OPERATOR);
            case ENTERPRISE_OPERATOR -> List.of();
        };
    }

    /** The accounts the actor sees (a duty operator: its enterprise's, read only). */
    public List<UserRow> users(Actor actor) {
        List<Account> visible = accounts.visibleTo(actor);
        Map<String, AccountReach.Reach> reaches = reach.of(visible.stream().map(Account::username).toList());
        return visible.stream().map(a -> row(a, reaches.getOrDefault(a.username(), AccountReach.Reach.NONE)))
                .toList();
    }

    /** One account the actor administers; another jurisdiction's (or enterprise's) is a 404. */
    public UserRow user(Actor actor, String username) {
        Account account = managed(actor, username);
        return row(account, reach.of(account.username()));
    }

    @Transactional
    public Created create(Actor actor, NewAccount user) {
        mayAdminister(actor);
        List<Problem> problems = new ArrayList<>();
        String mobile = mobile(user.mobile(), problems);
        boolean generated = user.password() == null || user.password().isEmpty();
        String password = generated ? AccountService.generatedPassword() : user.password();
        Account account;
        try {
            account = accounts.create(actor, new AccountService.NewUser(user.username(), user.displayName(),
                    password, user.role(), user.role() == Role.REGULATOR ? blank(user.jurisdictionCode()) : null,
                    user.role() != null && user.role().isEnterprise() ? blank(user.enterpriseCode()) : null));
        } catch (InvalidInputException e) {
            problems.addAll(0, e.problems());
            throw new InvalidInputException(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AccountReach.Reach given = new AccountReach.Reach(mobile,
                account.role().isEnterprise() && Boolean.TRUE.equals(user.onDuty()));
        reach.set(account.username(), given);
        return new Created(row(account, given), generated ? password : null);
    }

    /** Sets the mobile number and, for an enterprise user, whether on duty now; audited. */
    @Transactional
    public UserRow setReach(Actor actor, String username, String mobile, boolean onDuty) {
        Account account = managed(actor, username);
        List<Problem> problems = new ArrayList<>();
        String number = mobile(mobile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AccountReach.Reach given = new AccountReach.Reach(number, account.role().isEnterprise() && onDuty);
        reach.set(username, given);
        audit.record(actor, "user.contact", "account", username, pathOf(account), account.enterpriseCode(),
                Map.of("mobile", number == null ? "" : number, "onDuty", given.onDuty()));
        return row(account, given);
    }

    /** Disables or enables the account (nobody disables themselves); audited. */
    @Transactional
    public UserRow setEnabled(Actor actor, String username, boolean enabled) {
        Account account = managed(actor, username);
        if (!enabled && account.username().equals(actor.username())) {
            throw InvalidInputException.of("username", "you cannot disable your own account");
        }
        reach.setEnabled(username, enabled);
        audit.record(actor, enabled ? "user.enable" : "user.disable", "account", username, pathOf(account),
                account.enterpriseCode(), Map.of("role", account.role().name()));
        Account changed = accounts.find(username).orElseThrow();
        return row(changed, reach.of(username));
    }

    /** A new generated password for the account, to be shown once; audited (not the password). */
    @Transactional
    public String resetPassword(Actor actor, String username) {
        Account account = managed(actor, username);
        return accounts.resetPassword(actor, account, pathOf(account));
    }

    /** The account, if the actor administers it: 404 when it is outside its reach, 403 when its role is above. */
    private Account managed(Actor actor, String username) {
        mayAdminister(actor);
        Account account = accounts.visibleTo(actor).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow(() -> new NotFoundException("user", username));
        if (!rolesFor(actor).contains(account.role())) {
            throw new AccessDeniedException("a " + actor.role() + " may not manage a " + account.role());
        }
        return account;
    }

    private static void mayAdminister(Actor actor) {
        if (actor.role() == Role.ENTERPRISE_OPERATOR) {
            throw new AccessDeniedException("duty operators administer no accounts");
        }
    }

    private String pathOf(Account account) {
        if (account.role() == Role.REGULATOR) {
            return jurisdictions.find(account.jurisdictionCode()).map(Jurisdiction::path).orElse(null);
        }
        return account.enterpriseCode() == null ? "" : accounts.enterprisePath(account.enterpriseCode()).orElse(null);
    }

    private static String mobile(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!MobileNumber.valid(text)) {
            problems.add(new Problem("mobile", "a mainland mobile number: 11 digits, 13x to 19x"));
            return null;
        }
        return text.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UserRow row(Account a, AccountReach.Reach r) {
        return new UserRow(a.username(), a.displayName(), a.role(), a.jurisdictionCode(), a.enterpriseCode(),
                r.mobile(), r.onDuty(), a.enabled(), a.createdAt());
    }
}
