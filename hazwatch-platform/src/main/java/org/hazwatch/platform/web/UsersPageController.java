package org.hazwatch.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.UserAdministration;
import org.hazwatch.platform.org.UserAdministration.NewAccount;
import org.hazwatch.platform.org.UserAdministration.UserRow;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * User administration (用户管理, {@code /admin/users}): the accounts the signed-in person administers — the platform
 * admin everyone, a regulator its jurisdiction and below, an enterprise's admin its own people — with the form to
 * create one (a generated password is shown once), and per account its mobile, on-duty flag, disable/enable and
 * password reset. Duty operators get 403, another jurisdiction's account 404.
 */
@Controller
class UsersPageController {

    static final int MAX_ENTERPRISES = 200;

    /** The administration's refusals in zh-CN. */
    private static final Map<String, String> ZH = Map.of(
            "already taken", "用户名已被占用",
            "2 to 64 letters, digits or _ . @ -", "2–64 位字母、数字或 _ . @ -",
            "a name of 1 to 100 characters is required", "请填写姓名或单位（1–100 字）",
            "no such jurisdiction", "无此辖区，或不在您的辖区内",
            "no such enterprise", "无此企业，或不在您的辖区内",
            "a mainland mobile number: 11 digits, 13x to 19x", "手机号应为 11 位数字，以 13–19 开头",
            "you cannot disable your own account", "不能停用自己的账号",
            "at least 8 characters", "至少 8 位");

    private final UserAdministration users;
    private final Jurisdictions jurisdictions;
    private final Registry registry;

    UsersPageController(UserAdministration users, Jurisdictions jurisdictions, Registry registry) {
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.registry = registry;
    }

    @GetMapping("/admin/users")
    String list(Actor actor, Model model) {
        return render(actor, new NewAccount(null, null, null, null, null, null, null, null), Map.of(), model);
    }

    @PostMapping("/admin/users")
    String create(Actor actor, @ModelAttribute("form") NewAccount form, Model model) {
        try {
            UserAdministration.Created created = users.create(actor, form);
            model.addAttribute("created", created);
            return render(actor, new NewAccount(null, null, null, null, null, null, null, null), Map.of(), model);
        } catch (InvalidInputException e) {
            model.addAttribute("rejected", true);
            return render(actor, form, zh(e), model);
        }
    }

    @GetMapping("/admin/users/{username}")
    String one(Actor actor, @PathVariable String username, Model model) {
        return renderOne(actor, users.user(actor, username), Map.of(), model);
    }

    @PostMapping("/admin/users/{username}/contact")
    String contact(Actor actor, @PathVariable String username, @RequestParam(required = false) String mobile,
                   @RequestParam(defaultValue = "false") boolean onDuty, Model model) {
        try {
            users.setReach(actor, username, mobile, onDuty);
            return "redirect:/admin/users/" + username + "?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("rejected", true);
            return renderOne(actor, users.user(actor, username), zh(e), model);
        }
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(Actor actor, @PathVariable String username, @RequestParam boolean enabled, Model model) {
        try {
            users.setEnabled(actor, username, enabled);
            return "redirect:/admin/users/" + username + "?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("rejected", true);
            return renderOne(actor, users.user(actor, username), zh(e), model);
        }
    }

    /** The new password is in this answer only. */
    @PostMapping("/admin/users/{username}/password")
    String resetPassword(Actor actor, @PathVariable String username, Model model) {
        model.addAttribute("newPassword", users.resetPassword(actor, username));
        return renderOne(actor, users.user(actor, username), Map.of(), model);
    }

    private static Map<String, String> zh(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        EnterpriseFieldErrors.of(e).forEach((field, reason) -> errors.put(field,
                field.equals("role") ? "请选择角色" : ZH.getOrDefault(reason, reason)));
        return errors;
    }

    private String render(Actor actor, NewAccount form, Map<String, String> errors, Model model) {
        if (users.rolesFor(actor).isEmpty()) {
            throw new AccessDeniedException("duty operators administer no accounts");
        }
        List<UserRow> rows = users.users(actor);
        model.addAttribute("users", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", users.rolesFor(actor));
        model.addAttribute("nodes", nodes(actor));
        model.addAttribute("enterprises", enterprises(actor));
        model.addAttribute("names", names(rows));
        return "admin/users";
    }

    private String renderOne(Actor actor, UserRow user, Map<String, String> errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("errors", errors);
        model.addAttribute("names", names(List.of(user)));
        return "admin/user";
    }

    /** Where each row stands: the jurisdiction's or the enterprise's name, by code. */
    private Map<String, String> names(List<UserRow> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        for (UserRow row : rows) {
            if (row.jurisdictionCode() != null) {
                names.computeIfAbsent(row.jurisdictionCode(),
                        code -> jurisdictions.find(code).map(Jurisdiction::name).orElse(code));
            }
            if (row.enterpriseCode() != null) {
                names.computeIfAbsent(row.enterpriseCode(),
                        code -> registry.enterprise(code).map(RegisteredEnterprise::name).orElse(code));
            }
        }
        return names;
    }

    /**
     * The nodes a regulator may be created at, for the form's list: a regulator's own and two levels beneath, the
     * platform admin's provinces and cities (any other code may be typed).
     */
    private List<Jurisdiction> nodes(Actor actor) {
        if (actor.role().isEnterprise()) {
            return List.of();
        }
        List<Jurisdiction> nodes = new ArrayList<>();
        List<Jurisdiction> level = actor.isPlatformAdmin() ? jurisdictions.children(null)
                : List.of(jurisdictions.require(actor.jurisdictionCode()));
        int depths = actor.isPlatformAdmin() ? 2 : 3;
        for (int depth = 0; depth < depths && !level.isEmpty(); depth++) {
            nodes.addAll(level);
            List<Jurisdiction> next = new ArrayList<>();
            for (Jurisdiction j : level) {
                next.addAll(jurisdictions.children(j.code()));
            }
            level = next;
        }
        return nodes;
    }

    private List<RegisteredEnterprise> enterprises(Actor actor) {
        if (actor.role().isEnterprise()) {
            return registry.enterprise(actor.enterpriseCode()).map(List::of).orElse(List.of());
        }
        return registry.visibleEnterprises(actor, null, 0, MAX_ENTERPRISES).items();
    }
}
