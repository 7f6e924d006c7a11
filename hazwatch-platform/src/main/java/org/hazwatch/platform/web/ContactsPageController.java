package org.hazwatch.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.notify.Contact;
import org.hazwatch.platform.notify.ContactBook;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regulators' duty contacts and on-duty rota (监管值班通讯录, {@code /contacts}): per jurisdiction node the people
 * notified (name, role, phone, e-mail, channels) and who is on duty now; add, change, put on or off duty, remove —
 * within the regulator's jurisdiction, every change audited. Enterprise users and another jurisdiction's contacts
 * get 404.
 */
@Controller
class ContactsPageController {

    /** The contact book's refusals in zh-CN. */
    private static final Map<String, String> ZH = Map.of(
            "required", "必填",
            "required, e.g. 值班员", "必填，如 值班员",
            "a mobile number (11 digits) or a landline (0356-2500001)", "手机号（11 位）或固定电话（0356-2500001）",
            "an e-mail address", "电子邮箱格式不正确",
            "a phone or an e-mail address is required", "电话与邮箱至少填一项",
            "sms and/or email", "短信和/或邮件");

    private final ContactBook contacts;
    private final Jurisdictions jurisdictions;

    ContactsPageController(ContactBook contacts, Jurisdictions jurisdictions) {
        this.contacts = contacts;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/contacts")
    String list(Actor actor, @RequestParam(required = false) String jurisdiction, Model model) {
        return render(actor, jurisdiction, new ContactForm(null, null, null, null, null, true, null), Map.of(),
                model);
    }

    @PostMapping("/contacts")
    String add(Actor actor, @RequestParam(required = false) String jurisdiction, ContactForm form, Model model) {
        try {
            contacts.add(actor, form.jurisdictionCode(), form.entry());
            return "redirect:/contacts" + (jurisdiction == null ? "" : "?jurisdiction=" + jurisdiction)
                    + (jurisdiction == null ? "?" : "&") + "saved";
        } catch (InvalidInputException e) {
            model.addAttribute("rejected", true);
            return render(actor, jurisdiction, form, zh(e), model);
        }
    }

    @GetMapping("/contacts/{id}")
    String one(Actor actor, @PathVariable UUID id, Model model) {
        Contact c = contacts.find(actor, id);
        return renderOne(actor, c, new ContactForm(c.jurisdictionCode(), c.name(), c.role(), c.phone(), c.email(),
                c.onDuty(), List.copyOf(c.channels())), Map.of(), model);
    }

    @PostMapping("/contacts/{id}")
    String update(Actor actor, @PathVariable UUID id, ContactForm form, Model model) {
        Contact c = contacts.find(actor, id);
        try {
            contacts.update(actor, id, form.entry());
            return "redirect:/contacts?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("rejected", true);
            return renderOne(actor, c, form, zh(e), model);
        }
    }

    /** The rota: puts the contact on or off duty, the rest as it is. */
    @PostMapping("/contacts/{id}/duty")
    String duty(Actor actor, @PathVariable UUID id, @RequestParam boolean onDuty) {
        Contact c = contacts.find(actor, id);
        contacts.update(actor, id, new ContactBook.Entry(c.name(), c.role(), c.phone(), c.email(), onDuty,
                c.channels()));
        return "redirect:/contacts?saved";
    }

    @PostMapping("/contacts/{id}/delete")
    String remove(Actor actor, @PathVariable UUID id) {
        contacts.remove(actor, id);
        return "redirect:/contacts?saved";
    }

    private String render(Actor actor, String jurisdiction, ContactForm form, Map<String, String> errors,
                          Model model) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("page", "contacts");
        }
        List<Contact> visible = contacts.visible(actor, jurisdiction);
        List<Jurisdiction> nodes = nodes(actor);
        Map<String, String> names = new LinkedHashMap<>();
        nodes.forEach(n -> names.put(n.code(), n.name()));
        visible.forEach(c -> names.computeIfAbsent(c.jurisdictionCode(),
                code -> jurisdictions.find(code).map(Jurisdiction::name).orElse(code)));
        model.addAttribute("contacts", visible);
        model.addAttribute("onDuty", visible.stream().filter(Contact::onDuty).count());
        model.addAttribute("names", names);
        model.addAttribute("nodes", nodes);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "contacts/list";
    }

    private String renderOne(Actor actor, Contact contact, ContactForm form, Map<String, String> errors,
                             Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("node", jurisdictions.find(contact.jurisdictionCode()).map(Jurisdiction::name)
                .orElse(contact.jurisdictionCode()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "contacts/edit";
    }

    /** The nodes the actor keeps contacts for: its own and two levels beneath (the platform admin: provinces, cities). */
    private List<Jurisdiction> nodes(Actor actor) {
        List<Jurisdiction> nodes = new ArrayList<>();
        List<Jurisdiction> level = actor.isPlatformAdmin() ? jurisdictions.children(null)
                : List.of(jurisdictions.require(actor.jurisdictionCode()));
        int depths = actor.isPlatformAdmin() ? 2 : 3;
        for (int depth = 0; depth < depths && !level.isEmpty(); depth++) {
            nodes.addAll(level);
            List<Jurisdiction> next = new ArrayList<>();
            level.forEach(j -> next.addAll(jurisdictions.children(j.code())));
            level = next;
        }
        return nodes;
    }

    private static Map<String, String> zh(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        EnterpriseFieldErrors.of(e).forEach((field, reason) -> errors.put(field, ZH.getOrDefault(reason, reason)));
        return errors;
    }

    /** The contact form as the browser posts it. */
    record ContactForm(String jurisdictionCode, String name, String role, String phone, String email,
                       Boolean onDuty, List<String> channels) {

        ContactBook.Entry entry() {
            return new ContactBook.Entry(name, role, phone, email, Boolean.TRUE.equals(onDuty),
                    channels == null ? null : Set.copyOf(channels));
        }
    }
}
