package org.hazwatch.platform.notify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hazwatch.platform.notify.rules.DutyRoomAddressees;
import org.hazwatch.platform.notify.rules.Medium;
import org.hazwatch.platform.notify.rules.Party;
import org.hazwatch.platform.notify.rules.Route;
import org.hazwatch.platform.org.DutyRoster;
import org.hazwatch.platform.registry.CustodyAssignment;
import org.hazwatch.platform.registry.EnterpriseContacts;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Resolves the parties of a route to addresses: the enterprise's contacts and custody persons from the registry,
 * the regulators on duty from the contact book, the robots from the configuration.
 */
@Component
class Recipients {

    private static final EnterpriseContacts NONE = new EnterpriseContacts(null, null, null, null, null);

    private final Registry registry;
    private final ContactBook contacts;
    private final NotifySettings settings;
    private final DutyRoster roster;

    Recipients(Registry registry, ContactBook contacts, NotifySettings settings, DutyRoster roster) {
        this.registry = registry;
        this.contacts = contacts;
        this.settings = settings;
        this.roster = roster;
    }

    List<Recipient> of(Route route, Occasion o) {
        List<Recipient> found = new ArrayList<>();
        switch (route.party()) {
            case ENTERPRISE_DUTY, ENTERPRISE_PRINCIPAL, ENTERPRISE_SAFETY_MANAGER, CUSTODY_PERSONS,
                 NAMED_CUSTODY_PERSON -> {
                List<Person> persons = persons(route.party(), o);
                route.media().forEach(medium -> persons.forEach(p -> person(found, medium, p.phone(), p.name(),
                        p.role())));
            }
            case TOWN, COUNTY, CITY -> {
                List<Contact> regulators = regulators(route.party(), o.jurisdictionPath());
                route.media().forEach(medium -> regulators.forEach(c -> regulator(found, medium, c)));
            }
            case ROBOTS -> route.media().forEach(medium -> settings.robots().stream()
                    .filter(r -> o.jurisdictionPath().startsWith(r.jurisdiction()))
                    .filter(r -> o.escalatedTo().isEmpty()
                            || o.escalatedTo().contains(Party.regulatorsAt(r.jurisdiction())))
                    .forEach(r -> found.add(new Recipient(Medium.ROBOT, r.name(), r.name(), "群机器人",
                            r.channel()))));
            case FEED -> route.media().forEach(medium ->
                    found.add(new Recipient(Medium.FEED, o.enterpriseCode(), null, "站内消息", null)));
        }
        return found;
    }

    /** The enterprise's people a party names, looked up once per route (not once per medium). */
    private List<Person> persons(Party party, Occasion o) {
        return switch (party) {
            case ENTERPRISE_DUTY -> DutyRoomAddressees.choose(roster.onDuty(o.enterpriseCode()).stream()
                            .map(p -> new DutyRoomAddressees.OnDuty(p.name(), p.mobile())).toList(),
                    enterprise(o).dutyPhone()).stream().map(a -> new Person(a.phone(), a.name(), a.role())).toList();
            case ENTERPRISE_PRINCIPAL -> {
                EnterpriseContacts e = enterprise(o);
                yield List.of(new Person(e.principalPhone(), e.principal(), "主要负责人"));
            }
            case ENTERPRISE_SAFETY_MANAGER -> {
                EnterpriseContacts e = enterprise(o);
                yield List.of(new Person(e.safetyManagerPhone(), e.safetyManager(), "安全负责人"));
            }
            case CUSTODY_PERSONS -> custody(o).stream().map(c -> new Person(c.phone(), c.name(), "包保责任人"))
                    .toList();
            case NAMED_CUSTODY_PERSON -> custody(o).stream().filter(c -> c.name().equals(o.person()))
                    .map(c -> new Person(c.phone(), c.name(), "包保责任人")).toList();
            default -> List.of();
        };
    }

    private record Person(String phone, String name, String role) {
    }

    private EnterpriseContacts enterprise(Occasion o) {
        return registry.contacts(o.enterpriseCode()).orElse(NONE);
    }

    /** The custody persons of the occasion's hazard source, or of all the enterprise's for a whole-enterprise one. */
    private List<CustodyAssignment> custody(Occasion o) {
        return registry.custodyPersons(o.enterpriseCode()).stream()
                .filter(c -> o.hazardSourceCode() == null || c.hazardSourceCode().equals(o.hazardSourceCode()))
                .toList();
    }

    private List<Contact> regulators(Party party, String enterprisePath) {
        String[] codes = enterprisePath.split("/");
        List<String> paths = new ArrayList<>();
        for (int depth = 1; depth <= codes.length; depth++) {
            boolean wanted = switch (party) {
                case CITY -> depth == 2;
                case COUNTY -> depth == 3;
                default -> depth >= 4;
            };
            if (wanted) {
                paths.add(String.join("/", Arrays.copyOf(codes, depth)) + "/");
            }
        }
        return paths.isEmpty() ? List.of() : contacts.onDuty(paths);
    }

    private static void person(List<Recipient> found, Medium medium, String phone, String name, String role) {
        if (medium == Medium.SMS && phone != null && !phone.isBlank()) {
            found.add(new Recipient(medium, phone.strip(), name, role, null));
        }
    }

    private static void regulator(List<Recipient> found, Medium medium, Contact c) {
        Set<String> channels = c.channels();
        if (medium == Medium.SMS && channels.contains("sms") && c.phone() != null) {
            found.add(new Recipient(medium, c.phone(), c.name(), c.role(), null));
        } else if (medium == Medium.EMAIL && channels.contains("email") && c.email() != null) {
            found.add(new Recipient(medium, c.email(), c.name(), c.role(), null));
        }
    }
}
