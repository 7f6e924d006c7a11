package org.hazwatch.platform.org;

import java.util.List;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Changing one's own password (修改密码): the console's page and the API. */
@Controller
class PasswordController {

    private final PasswordChanges changes;

    PasswordController(PasswordChanges changes) {
        this.changes = changes;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String page(Actor actor, Model model) {
        model.addAttribute("forced", changes.mustChange(actor.username()));
        return "account/password";
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String confirmPassword, Model model) {
        List<Problem> problems;
        if (!newPassword.equals(confirmPassword)) {
            problems = List.of(new Problem("confirmPassword", "the two new passwords differ"));
        } else {
            try {
                changes.change(actor, currentPassword, newPassword);
                return "redirect:/?passwordChanged";
            } catch (InvalidInputException e) {
                problems = e.problems();
            }
        }
        model.addAttribute("forced", changes.mustChange(actor.username()));
        model.addAttribute("problems", problems);
        return "account/password";
    }

    @PostMapping(PasswordChangeGate.API)
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeByApi(Actor actor, @RequestBody Change change) {
        changes.change(actor, change.currentPassword(), change.newPassword());
    }

    record Change(String currentPassword, String newPassword) {
    }
}
