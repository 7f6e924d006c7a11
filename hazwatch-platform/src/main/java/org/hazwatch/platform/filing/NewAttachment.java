package org.hazwatch.platform.filing;

/** A file attached to a filing as the person chose it (报备附件): its name and bytes. */
public record NewAttachment(String name, byte[] bytes) {
}
