package org.hazwatch.platform.video.rules;

import java.util.List;
import java.util.Objects;

/**
 * Which cameras film a point's alarm (event clips, SPEC §11): the cameras registered on the point's equipment; if
 * its equipment has none, the cameras registered on its hazard source (a tank farm's dome camera films every tank
 * in it). A camera registered on neither films no alarm. Only process alarms get clips — limits and rate of
 * change — not data-quality alarms (a frozen sensor shows nothing on video).
 */
public final class ClipCameras {

    /** A camera and what it watches (base data). */
    public record Camera(String code, String hazardSource, String equipment) {
    }

    private ClipCameras() {
    }

    public static List<String> forPoint(String hazardSource, String equipment, List<Camera> cameras) {
        List<String> onEquipment = cameras.stream()
                .filter(c -> equipment != null && Objects.equals(equipment, c.equipment())).map(Camera::code).toList();
        if (!onEquipment.isEmpty()) {
            return onEquipment;
        }
        return cameras.stream().filter(c -> hazardSource != null && Objects.equals(hazardSource, c.hazardSource()))
                .map(Camera::code).toList();
    }

    /** Process alarms film; data-quality and offline alarms do not (video's own alarms come with their AI event). */
    public static boolean filmed(String alarmKind) {
        return switch (alarmKind) {
            case "LIMIT_HIGH", "LIMIT_LOW", "RATE_OF_CHANGE" -> true;
            default -> false;
        };
    }
}
