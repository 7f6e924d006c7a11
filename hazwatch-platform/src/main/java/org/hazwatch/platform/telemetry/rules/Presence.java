package org.hazwatch.platform.telemetry.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Online and offline (在线/离线) of points or enterprises, SPEC §4: offline once nothing was heard for
 * {@code offlineAfter} (default 10 minutes). Something never heard is judged from {@code watchingSince} (the
 * platform's start), so a restart does not call everything offline at once. Remembers the last judgement of each
 * subject and reports only changes; the first judgement of an online subject is not a change. So a subject not
 * judged yet counts as online, and only the subjects judged offline need remembering: a province's 500,000 points,
 * nearly all online, cost nothing here (issue 17).
 */
public final class Presence {

    /** A change of a subject's state, observed at {@code at}. */
    public record Change(String subject, boolean online, Instant lastHeard, Instant at) {
    }

    private final Duration offlineAfter;
    private final Instant watchingSince;
    private final Set<String> offline = ConcurrentHashMap.newKeySet();

    public Presence(Duration offlineAfter, Instant watchingSince) {
        this.offlineAfter = offlineAfter;
        this.watchingSince = watchingSince;
    }

    /** Whether a subject last heard at {@code lastHeard} (null: never) counts as online at {@code now}. */
    public boolean online(Instant lastHeard, Instant now) {
        Instant since = lastHeard != null ? lastHeard : watchingSince;
        return now.isBefore(since.plus(offlineAfter));
    }

    /** Judges the subject now and reports the change, if it is one. */
    public Optional<Change> observe(String subject, Instant lastHeard, Instant now) {
        boolean online = online(lastHeard, now);
        boolean changed = online ? offline.remove(subject) : offline.add(subject);
        return changed ? Optional.of(new Change(subject, online, lastHeard, now)) : Optional.empty();
    }

    /** How many subjects were last judged offline: all this keeps. */
    public int judgedOffline() {
        return offline.size();
    }
}
