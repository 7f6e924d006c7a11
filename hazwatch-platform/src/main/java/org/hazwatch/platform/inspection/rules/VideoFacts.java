package org.hazwatch.platform.inspection.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the platform's video says of an enterprise at the time of a patrol (SPEC §9 items ② and ③).
 *
 * @param cameras       its registered cameras with their state now; empty when it has none
 * @param dutyAbsences  the duty room's absences today (from the AI terminal's {@code DUTY_ABSENT} reports)
 */
public record VideoFacts(List<Camera> cameras, List<DutyAbsence> dutyAbsences) {

    /** An enterprise without cameras. */
    public static final VideoFacts NONE = new VideoFacts(List.of(), List.of());

    /** Longer than this, an absence of the duty room is a finding of the patrol (SPEC §9 ③). */
    public static final Duration DUTY_FINDING = Duration.ofMinutes(10);

    public VideoFacts {
        cameras = List.copyOf(cameras);
        dutyAbsences = List.copyOf(dutyAbsences);
    }

    /**
     * A camera now.
     *
     * @param lastSeen its last status report, null if it never reported
     * @param filed    whether a filing in force covers it (the whole enterprise or naming the camera)
     */
    public record Camera(String code, String name, boolean online, Instant lastSeen, boolean filed) {
    }

    /** The duty room seen unattended by a camera from its first report to its last. */
    public record DutyAbsence(String camera, Instant from, Instant until) {

        public boolean finding() {
            return Duration.between(from, until).compareTo(DUTY_FINDING) > 0;
        }
    }
}
