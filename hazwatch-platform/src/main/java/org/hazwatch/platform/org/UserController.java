package org.hazwatch.platform.org;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users (用户) and "who am I". */
@RestController
@RequestMapping("/api/v1")
class UserController {

    private final AccountService accounts;
    private final UserAdministration administration;
    private final JurisdictionDirectory jurisdictions;

    UserController(AccountService accounts, UserAdministration administration, JurisdictionDirectory jurisdictions) {
        this.accounts = accounts;
        this.administration = administration;
        this.jurisdictions = jurisdictions;
    }

    /** Creates an account; without a password one is generated and answered once ({@code generatedPassword}). */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(Actor actor, @RequestBody UserAdministration.NewAccount user) {
        UserAdministration.Created created = administration.create(actor, user);
        return UserView.of(created.user(), created.generatedPassword());
    }

    @GetMapping("/users")
    List<UserView> list(Actor actor) {
        return administration.users(actor).stream().map(u -> UserView.of(u, null)).toList();
    }

    @GetMapping("/users/{username}")
    UserView one(Actor actor, @PathVariable String username) {
        return UserView.of(administration.user(actor, username), null);
    }

    /** The mobile number and, for enterprise users, whether on duty now. */
    @PutMapping("/users/{username}/contact")
    UserView contact(Actor actor, @PathVariable String username, @RequestBody Contact contact) {
        return UserView.of(administration.setReach(actor, username, contact.mobile(),
                Boolean.TRUE.equals(contact.onDuty())), null);
    }

    @PostMapping("/users/{username}/disable")
    UserView disable(Actor actor, @PathVariable String username) {
        return UserView.of(administration.setEnabled(actor, username, false), null);
    }

    @PostMapping("/users/{username}/enable")
    UserView enable(Actor actor, @PathVariable String username) {
        return UserView.of(administration.setEnabled(actor, username, true), null);
    }

    /** A new generated password, answered once. */
    @PostMapping("/users/{username}/reset-password")
    PasswordReset resetPassword(Actor actor, @PathVariable String username) {
        return new PasswordReset(username, administration.resetPassword(actor, username));
    }

    @GetMapping("/me")
    Me me(Actor actor) {
        Account account = accounts.find(actor.username()).orElseThrow();
        String jurisdictionName = jurisdictions.find(actor.jurisdictionCode()).map(Jurisdiction::name).orElse(null);
        return new Me(actor.username(), account.displayName(), actor.role(), actor.jurisdictionCode(),
                jurisdictionName, actor.enterpriseCode());
    }

    record UserView(String username, String displayName, Role role, String jurisdictionCode, String enterpriseCode,
                    String mobile, boolean onDuty, boolean enabled, OffsetDateTime createdAt,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String generatedPassword) {

        static UserView of(UserAdministration.UserRow u, String generatedPassword) {
            return new UserView(u.username(), u.displayName(), u.role(), u.jurisdictionCode(), u.enterpriseCode(),
                    u.mobile(), u.onDuty(), u.enabled(), u.createdAt(), generatedPassword);
        }
    }

    record Contact(String mobile, Boolean onDuty) {
    }

    record PasswordReset(String username, String password) {
    }

    record Me(String username, String displayName, Role role, String jurisdictionCode, String jurisdictionName,
              String enterpriseCode) {
    }
}
