package org.hazwatch.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A camera's code (摄像头编码, SPEC §11): its enterprise's code and a suffix of the enterprise's own, at most
 * {@link Codes#CAMERA_MAX_LENGTH} characters, {@code 14052500001CAM01}. Checked once when made; written as the bare
 * code in text and JSON.
 */
public record CameraCode(String code) implements CodeUnderEnterprise, Comparable<CameraCode> {

    public CameraCode {
        Codes.require(Codes.checkCamera(code, null), code);
    }

    /** The code, or empty when it is not well-formed. */
    public static Optional<CameraCode> parse(String code) {
        return Codes.parsed(() -> new CameraCode(code));
    }

    @JsonCreator
    public static CameraCode of(String code) {
        return new CameraCode(code);
    }

    @Override
    public int compareTo(CameraCode other) {
        return code.compareTo(other.code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
