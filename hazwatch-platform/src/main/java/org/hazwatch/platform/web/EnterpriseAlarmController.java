package org.hazwatch.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmOperationRefused;
import org.hazwatch.platform.inspection.Verifications;
import org.hazwatch.platform.inspection.rules.VerificationVerdict;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise's alarm list (报警列表) as an htmx partial, and what the enterprise's people do to an alarm:
 * acknowledge (确认), shelve (搁置) with a reason for some hours, unshelve. Each answer is the list again, with the
 * problem shown beside the alarm when the operation was refused.
 */
@Controller
class EnterpriseAlarmController {

    private final EnterpriseViews views;
    private final Alarms alarms;
    private final EnterprisePageController page;
    private final Clock clock;

    private final Verifications verifications;

    EnterpriseAlarmController(EnterpriseViews views, Alarms alarms, EnterprisePageController page, Clock clock,
                              Verifications verifications) {
        this.views = views;
        this.alarms = alarms;
        this.page = page;
        this.clock = clock;
        this.verifications = verifications;
    }

    /** patrol (issue 12a): a regulator verifies (核查) an alarm of the enterprise. */
    @PostMapping("/enterprises/{code}/alarms/{id}/verify")
    String verify(Actor actor, @PathVariable String code, @PathVariable UUID id,
                  @RequestParam(required = false) VerificationVerdict verdict,
                  @RequestParam(required = false) String note, Model model) {
        alarmOf(actor, code, id);
        try {
            verifications.verifyAlarm(actor, id, verdict, note);
        } catch (InvalidInputException e) {
            return render(actor, code, model, id, EnterpriseFieldErrors.of(e));
        }
        return render(actor, code, model, null, Map.of());
    }

    @GetMapping("/enterprises/{code}/alarms")
    String list(Actor actor, @PathVariable String code, Model model) {
        return render(actor, code, model, null, Map.of());
    }

    @PostMapping("/enterprises/{code}/alarms/{id}/ack")
    String acknowledge(Actor actor, @PathVariable String code, @PathVariable UUID id,
                       @RequestParam(required = false) String comment, Model model) {
        alarmOf(actor, code, id);
        try {
            alarms.acknowledge(actor, id, comment);
        } catch (AlarmOperationRefused e) {
            return render(actor, code, model, id, Map.of("state", "报警当前状态不能确认"));
        }
        return render(actor, code, model, null, Map.of());
    }

    @PostMapping("/enterprises/{code}/alarms/{id}/shelve")
    String shelve(Actor actor, @PathVariable String code, @PathVariable UUID id,
                  @RequestParam(required = false) String reason, @RequestParam(defaultValue = "8") int hours,
                  Model model) {
        alarmOf(actor, code, id);
        try {
            alarms.shelve(actor, id, reason, clock.instant().plus(Duration.ofHours(hours)));
        } catch (InvalidInputException e) {
            return render(actor, code, model, id, EnterpriseFieldErrors.of(e));
        } catch (AlarmOperationRefused e) {
            return render(actor, code, model, id, Map.of("state", "报警已关闭，不能搁置"));
        }
        return render(actor, code, model, null, Map.of());
    }

    @PostMapping("/enterprises/{code}/alarms/{id}/unshelve")
    String unshelve(Actor actor, @PathVariable String code, @PathVariable UUID id, Model model) {
        alarmOf(actor, code, id);
        try {
            alarms.unshelve(actor, id);
        } catch (AlarmOperationRefused e) {
            return render(actor, code, model, id, Map.of("state", "报警未被搁置"));
        }
        return render(actor, code, model, null, Map.of());
    }

    /** The alarm, if it is the enterprise's and the actor sees it; else 404. */
    private AlarmView alarmOf(Actor actor, String code, UUID id) {
        views.enterprise(actor, code);
        return alarms.one(actor, id).filter(a -> code.equals(a.enterpriseCode()))
                .orElseThrow(() -> new NotFoundException("alarm", id.toString()));
    }

    private String render(Actor actor, String code, Model model, UUID failed, Map<String, String> errors) {
        views.enterprise(actor, code);
        List<AlarmView> open = views.openAlarms(actor, code);
        model.addAttribute("code", code);
        model.addAttribute("alarms", open);
        model.addAttribute("verdicts", verifications.latestOfAlarms(open.stream().map(AlarmView::id).toList()));
        model.addAttribute("pointNames", page.pointNames(code));
        model.addAttribute("canHandle", actor.role() != Role.REGULATOR);
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        return "enterprise/alarms :: alarms";
    }
}
