package org.hazwatch.platform.support;

/**
 * Nothing of that name the caller may see. Things outside the caller's jurisdiction are answered
 * the same way, so their existence is not disclosed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String code) {
        super(what + " " + code + " not found");
    }
}
