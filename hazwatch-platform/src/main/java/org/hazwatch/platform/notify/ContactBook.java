package org.hazwatch.platform.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulators' contact book (监管值班通讯录): per jurisdiction node, the people notified and whether they are on
 * duty. A regulator manages the nodes beneath its own; every change is audited.
 */
@Component
@EntryClass
public class ContactBook {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final Set<String> CHANNELS = Set.of("sms", "email");

    /** A contact as a person writes it. */
    public record Entry(String name, String role, String phone, String email, Boolean onDuty, Set<String> channels) {
    }

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    ContactBook(JdbcClient jdbc, Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contacts of the nodes the actor sees, optionally only those at and beneath {@code jurisdictionCode}. */
    public List<Contact> visible(Actor actor, String jurisdictionCode) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("jurisdiction", jurisdictionCode == null ? "" : jurisdictionCode);
        }
        JurisdictionScope.Condition scope = jurisdictions.scope(actor, jurisdictionCode).on("jurisdiction_path");
        return scope.bind(jdbc.sql("SELECT * FROM notify_contact WHERE" + scope.sql()
                        + "ORDER BY jurisdiction_path, on_duty DESC, name"))
                .query((rs, n) -> contact(rs)).list();
    }

    /** Replaces the contacts of one node; audited. */
    @Transactional
    public List<Contact> replace(Actor actor, String jurisdictionCode, List<Entry> entries) {
        Jurisdiction node = jurisdictions.visible(actor, jurisdictionCode);
        validate(entries);
        jdbc.sql("DELETE FROM notify_contact WHERE jurisdiction_code = :c").param("c", node.code()).update();
        for (Entry e : entries) {
            Set<String> channels = e.channels() == null || e.channels().isEmpty() ? defaultChannels(e)
                    : e.channels();
            jdbc.sql("""
                    INSERT INTO notify_contact (id, jurisdiction_code, jurisdiction_path, name, role, phone, email,
                        on_duty, channels, updated_by, updated_at)
                    VALUES (:id, :code, :path, :name, :role, :phone, :email, :onDuty, :channels, :by, :at)""")
                    .param("id", UUID.randomUUID()).param("code", node.code()).param("path", node.path())
                    .param("name", e.name().strip()).param("role", e.role().strip()).param("phone", blank(e.phone()))
                    .param("email", blank(e.email())).param("onDuty", e.onDuty() == null || e.onDuty())
                    .param("channels", String.join(",", new TreeSet<>(channels)))
                    .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        }
        audit.record(actor, "notify.contacts", "jurisdiction", node.code(), node.path(), null,
                Map.of("contacts", entries.stream().map(Entry::name).toList()));
        return visible(actor, node.code()).stream().filter(c -> c.jurisdictionCode().equals(node.code())).toList();
    }

    /** One contact of a node the actor sees; anyone else's is a 404 (people, issue 16: the /contacts page). */
    public Contact find(Actor actor, UUID id) {
        Contact contact = jdbc.sql("SELECT * FROM notify_contact WHERE id = :id").param("id", id)
                .query((rs, n) -> contact(rs)).optional()
                .orElseThrow(() -> new NotFoundException("contact", String.valueOf(id)));
        if (actor.role().isEnterprise() || !actor.seesJurisdiction(contact.jurisdictionPath())) {
            throw new NotFoundException("contact", String.valueOf(id));
        }
        return contact;
    }

    /** Adds one contact to a node the actor sees; audited. */
    @Transactional
    public Contact add(Actor actor, String jurisdictionCode, Entry entry) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("jurisdiction", jurisdictionCode == null ? "" : jurisdictionCode);
        }
        if (jurisdictionCode == null || jurisdictionCode.isBlank()) {
            throw InvalidInputException.of("jurisdictionCode", "required");
        }
        Jurisdiction node = jurisdictions.visible(actor, jurisdictionCode.strip());
        validate(List.of(entry));
        UUID id = UUID.randomUUID();
        insert(actor, id, node, entry);
        audit.record(actor, "notify.contact.add", "contact", id.toString(), node.path(), null,
                Map.of("jurisdiction", node.code(), "name", entry.name().strip(), "onDuty", onDuty(entry)));
        return find(actor, id);
    }

    /** Changes one contact (name, role, phone, e-mail, on duty, channels); audited. */
    @Transactional
    public Contact update(Actor actor, UUID id, Entry entry) {
        Contact before = find(actor, id);
        validate(List.of(entry));
        jdbc.sql("""
                UPDATE notify_contact SET name = :name, role = :role, phone = :phone, email = :email,
                    on_duty = :onDuty, channels = :channels, updated_by = :by, updated_at = :at WHERE id = :id""")
                .param("id", id).param("name", entry.name().strip()).param("role", entry.role().strip())
                .param("phone", blank(entry.phone())).param("email", blank(entry.email()))
                .param("onDuty", onDuty(entry)).param("channels", channelText(entry))
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(actor, "notify.contact.update", "contact", id.toString(), before.jurisdictionPath(), null,
                Map.of("jurisdiction", before.jurisdictionCode(), "name", entry.name().strip(),
                        "onDuty", onDuty(entry)));
        return find(actor, id);
    }

    /** Removes one contact; audited. */
    @Transactional
    public void remove(Actor actor, UUID id) {
        Contact before = find(actor, id);
        jdbc.sql("DELETE FROM notify_contact WHERE id = :id").param("id", id).update();
        audit.record(actor, "notify.contact.remove", "contact", id.toString(), before.jurisdictionPath(), null,
                Map.of("jurisdiction", before.jurisdictionCode(), "name", before.name()));
    }

    private void insert(Actor actor, UUID id, Jurisdiction node, Entry e) {
        jdbc.sql("""
                INSERT INTO notify_contact (id, jurisdiction_code, jurisdiction_path, name, role, phone, email,
                    on_duty, channels, updated_by, updated_at)
                VALUES (:id, :code, :path, :name, :role, :phone, :email, :onDuty, :channels, :by, :at)""")
                .param("id", id).param("code", node.code()).param("path", node.path())
                .param("name", e.name().strip()).param("role", e.role().strip()).param("phone", blank(e.phone()))
                .param("email", blank(e.email())).param("onDuty", onDuty(e)).param("channels", channelText(e))
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
    }

    private static boolean onDuty(Entry e) {
        return e.onDuty() == null || e.onDuty();
    }

    private static String channelText(Entry e) {
        Set<String> channels = e.channels() == null || e.channels().isEmpty() ? defaultChannels(e) : e.channels();
        return String.join(",", new TreeSet<>(channels));
    }

    /** The contacts on duty at exactly these jurisdiction paths. */
    List<Contact> onDuty(List<String> paths) {
        return jdbc.sql("SELECT * FROM notify_contact WHERE on_duty AND jurisdiction_path IN (:paths) ORDER BY name")
                .param("paths", paths)
                .query((rs, n) -> contact(rs)).list();
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_path"), rs.getString("name"), rs.getString("role"), rs.getString("phone"),
                rs.getString("email"), rs.getBoolean("on_duty"), channels(rs.getString("channels")));
    }

    /** Whether any contact is kept at the node (the demo seeds a node's duty book only when it has none). */
    public boolean anyAt(String jurisdictionCode) {
        return jdbc.sql("SELECT count(*) FROM notify_contact WHERE jurisdiction_code = :c").param("c", jurisdictionCode)
                .query(Long.class).single() > 0;
    }

    private static void validate(List<Entry> entries) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "[" + i + "].";
            if (e.name() == null || e.name().isBlank()) {
                problems.add(new Problem(at + "name", "required"));
            }
            if (e.role() == null || e.role().isBlank()) {
                problems.add(new Problem(at + "role", "required, e.g. 值班员"));
            }
            if (blank(e.phone()) != null && !PHONE.matcher(e.phone().strip()).matches()) {
                problems.add(new Problem(at + "phone", "a mobile number (11 digits) or a landline (0356-2500001)"));
            }
            if (blank(e.email()) != null && !e.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(new Problem(at + "email", "an e-mail address"));
            }
            if (e.channels() != null && !CHANNELS.containsAll(e.channels())) {
                problems.add(new Problem(at + "channels", "sms and/or email"));
            }
            if (blank(e.phone()) == null && blank(e.email()) == null) {
                problems.add(new Problem(at + "phone", "a phone or an e-mail address is required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Set<String> defaultChannels(Entry e) {
        Set<String> channels = new LinkedHashSet<>();
        if (blank(e.phone()) != null) {
            channels.add("sms");
        }
        if (blank(e.email()) != null) {
            channels.add("email");
        }
        return channels;
    }

    private static Set<String> channels(String text) {
        return text == null || text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
