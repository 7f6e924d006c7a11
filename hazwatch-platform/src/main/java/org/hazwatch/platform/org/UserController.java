package org.hazwatch.platform.org;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users (用户) and "who am I". */
@RestController
@RequestMapping("/api/v1")
class UserController {

    private final AccountService accounts;
    private final JurisdictionDirectory jurisdictions;

    UserController(AccountService accounts, JurisdictionDirectory jurisdictions) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(Actor actor, @RequestBody AccountService.NewUser user) {
        return UserView.of(accounts.create(actor, user));
    }

    @GetMapping("/users")
    List<UserView> list(Actor actor) {
        return accounts.visibleTo(actor).stream().map(UserView::of).toList();
    }

    @GetMapping("/me")
    Me me(Actor actor) {
        Account account = accounts.find(actor.username()).orElseThrow();
        String jurisdictionName = jurisdictions.find(actor.jurisdictionCode()).map(Jurisdiction::name).orElse(null);
        return new Me(actor.username(), account.displayName(), actor.role(), actor.jurisdictionCode(),
                jurisdictionName, actor.enterpriseCode());
    }

    record UserView(String username, String displayName, Role role, String jurisdictionCode, String enterpriseCode,
                    boolean enabled, OffsetDateTime createdAt) {

        static UserView of(Account a) {
            return new UserView(a.username(), a.displayName(), a.role(), a.jurisdictionCode(), a.enterpriseCode(),
                    a.enabled(), a.createdAt());
        }
    }

    record Me(String username, String displayName, Role role, String jurisdictionCode, String jurisdictionName,
              String enterpriseCode) {
    }
}
