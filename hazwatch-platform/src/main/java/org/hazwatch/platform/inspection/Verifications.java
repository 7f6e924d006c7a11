package org.hazwatch.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.inspection.rules.VerificationVerdict;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification (报警核查, SPEC §9): a regulator who sees an alarm or warning marks it confirmed, false or a device
 * fault, with a note; audited; shown on the alarm; counted per enterprise for data quality. Another jurisdiction's
 * alarm answers as not found.
 */
@Service
@EntryClass
public class Verifications {

    public static final String ALARM = "ALARM";
    public static final String WARNING = "WARNING";
    private static final int NOTE_MAX = 2000;

    private final VerificationStore store;
    private final Alarms alarms;
    private final Warnings warnings;
    private final AuditLog audit;
    private final Clock clock;

    Verifications(VerificationStore store, Alarms alarms, Warnings warnings, AuditLog audit, Clock clock) {
        this.store = store;
        this.alarms = alarms;
        this.warnings = warnings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public VerificationView verifyAlarm(Actor actor, UUID alarmId, VerificationVerdict verdict, String note) {
        AlarmView alarm = alarms.one(actor, alarmId).orElseThrow(() -> new NotFoundException("alarm",
                alarmId.toString()));
        return verify(actor, ALARM, alarmId, alarm.enterpriseCode(), alarm.jurisdictionPath(), verdict, note);
    }

    @Transactional
    public VerificationView verifyWarning(Actor actor, UUID warningId, VerificationVerdict verdict, String note) {
        WarningView warning = warnings.one(actor, warningId);
        return verify(actor, WARNING, warningId, warning.enterpriseCode(), warning.jurisdictionPath(), verdict,
                note);
    }

    /** The verifications of an alarm the actor sees, oldest first (404 otherwise). */
    public List<VerificationView> ofAlarm(Actor actor, UUID alarmId) {
        alarms.one(actor, alarmId).orElseThrow(() -> new NotFoundException("alarm", alarmId.toString()));
        return store.of(ALARM, alarmId);
    }

    /** The verifications of a warning the actor sees, oldest first (404 otherwise). */
    public List<VerificationView> ofWarning(Actor actor, UUID warningId) {
        warnings.one(actor, warningId);
        return store.of(WARNING, warningId);
    }

    /** For views (not scoped: callers list alarms the actor sees): the latest verification of each alarm. */
    public Map<UUID, VerificationView> latestOfAlarms(java.util.Collection<UUID> alarmIds) {
        return store.latest(ALARM, alarmIds);
    }

    /**
     * For data quality (not scoped: callers check the actor): per verdict, the enterprise's alarms ({@link #ALARM})
     * or warnings ({@link #WARNING}) whose latest verification in [from, to) has it.
     */
    public Map<VerificationVerdict, Long> counts(String enterpriseCode, String target, Instant from, Instant to) {
        return store.counts(enterpriseCode, target, from, to);
    }

    private VerificationView verify(Actor actor, String target, UUID id, String enterpriseCode, String path,
                                    VerificationVerdict verdict, String note) {
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("regulators verify alarms and warnings");
        }
        if (verdict == null) {
            throw InvalidInputException.of("verdict", "one of CONFIRMED, FALSE, DEVICE_FAULT");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw InvalidInputException.of("note", "at most " + NOTE_MAX + " characters");
        }
        VerificationView v = new VerificationView(UUID.randomUUID(), target, id, enterpriseCode, verdict,
                note == null || note.isBlank() ? null : note.strip(), actor.username(), clock.instant());
        store.add(v, path);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("verdict", verdict.name());
        detail.put("note", v.note());
        audit.record(actor, target.toLowerCase() + ".verify", target.toLowerCase(), id.toString(), path,
                enterpriseCode, detail);
        return v;
    }
}
