package org.hazwatch.platform.video;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.alarm.CameraAlarms;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.video.CameraStateStore.State;
import org.hazwatch.platform.video.rules.CameraSilence;
import org.hazwatch.protocol.CameraCode;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges cameras online or offline (SPEC §11) from their status reports and the clock: an online report opens an
 * online span and clears a standing {@code VIDEO_OFFLINE} alarm; an offline report, or 10 minutes without a report,
 * closes the span and makes the camera offline, and then the alarm is raised unless a filing in force covers the
 * camera (报备: the whole enterprise, or the camera named) — an excused camera is raised once the filing ends while it
 * is still dark. Alarms go to the engine only after the state is committed.
 */
@Component
class CameraWatch {

    private static final Logger log = LoggerFactory.getLogger(CameraWatch.class);

    /** One report judged: accepted, or a duplicate (not newer than what the platform has of the camera). */
    enum Outcome { ACCEPTED, DUPLICATE }

    private final CameraStateStore store;
    private final CameraAlarms alarms;
    private final Filings filings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CameraWatch(CameraStateStore store, CameraAlarms alarms, Filings filings, TransactionTemplate tx,
                ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.store = store;
        this.alarms = alarms;
        this.filings = filings;
        this.tx = tx;
        this.clock = clock;
    }

    /** A camera's status report (already known to be a registered camera of the sender's enterprise). */
    Outcome report(String camera, String enterpriseCode, boolean online, Instant time) {
        boolean[] clear = {false};
        boolean[] changed = {false};
        Outcome outcome = tx.execute(status -> {
            Optional<State> before = store.locked(camera);
            if (before.isPresent() && !time.isAfter(before.get().lastSeen())) {
                return Outcome.DUPLICATE;
            }
            boolean alarmed = before.map(State::alarmed).orElse(false);
            changed[0] = before.map(State::online).orElse(!online) != online;
            if (online) {
                store.openSpan(camera, enterpriseCode, time);
                store.save(new State(camera, enterpriseCode, true, time, null, false));
                clear[0] = alarmed;
            } else {
                store.closeSpan(camera, time);
                Instant since = before.filter(b -> !b.online() && b.offlineSince() != null)
                        .map(State::offlineSince).orElse(time);
                store.save(new State(camera, enterpriseCode, false, time, since, alarmed));
            }
            return Outcome.ACCEPTED;
        });
        if (clear[0]) {
            alarms.presence(CameraCode.of(camera), false, clock.instant());
        }
        if (changed[0]) {
            events.publishEvent(new CameraStateChanged(EnterpriseCode.of(enterpriseCode), camera, online, time));
        }
        return outcome;
    }

    @Scheduled(fixedDelayString = "${hazwatch.video.watch-every:30s}", initialDelayString = "${hazwatch.video.watch-every:30s}")
    void tick() {
        try {
            check(clock.instant());
        } catch (RuntimeException e) {
            log.warn("camera watch failed; trying again at the next tick", e);
        }
    }

    /**
     * At {@code now} (the clock, or a test's): cameras silent for 10 minutes go offline, and offline cameras not
     * covered by a filing get their alarm. Answers the cameras whose alarm was raised.
     */
    List<String> check(Instant now) {
        for (State silent : store.silentSince(now.minus(CameraSilence.SILENT_AFTER))) {
            Boolean went = tx.execute(status -> store.locked(silent.camera())
                    .filter(s -> s.online() && !CameraSilence.online(true, s.lastSeen(), now))
                    .map(s -> {
                        store.closeSpan(s.camera(), s.lastSeen());
                        store.save(new State(s.camera(), s.enterpriseCode(), false, s.lastSeen(),
                                CameraSilence.offlineSince(s.lastSeen()), s.alarmed()));
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(went)) {
                events.publishEvent(new CameraStateChanged(EnterpriseCode.of(silent.enterpriseCode()),
                        silent.camera(), false, CameraSilence.offlineSince(silent.lastSeen())));
            }
        }
        List<String> raised = new ArrayList<>();
        for (State dark : store.offlineUnalarmed()) {
            if (filings.cameraCoveredAt(dark.enterpriseCode(), dark.camera(), now)) {
                continue;
            }
            Boolean marked = tx.execute(status -> store.locked(dark.camera())
                    .filter(s -> !s.online() && !s.alarmed())
                    .map(s -> {
                        store.save(new State(s.camera(), s.enterpriseCode(), false, s.lastSeen(), s.offlineSince(),
                                true));
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(marked)) {
                alarms.presence(CameraCode.of(dark.camera()), true, now);
                raised.add(dark.camera());
            }
        }
        return raised;
    }
}
