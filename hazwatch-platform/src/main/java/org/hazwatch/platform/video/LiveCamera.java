package org.hazwatch.platform.video;

/** A camera as the live view shows it: its code and name, its enterprise's code and name. */
public record LiveCamera(String code, String name, String enterpriseCode, String enterpriseName) {
}
