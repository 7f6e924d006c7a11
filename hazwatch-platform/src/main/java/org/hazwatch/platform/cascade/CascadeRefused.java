package org.hazwatch.platform.cascade;

import org.springframework.http.HttpStatus;

/** A whole cascade request refused (docs/CASCADE.md, replies): nothing of it is stored. */
class CascadeRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    CascadeRefused(HttpStatus status, String field, String reason) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    static CascadeRefused unauthorized(String field, String reason) {
        return new CascadeRefused(HttpStatus.UNAUTHORIZED, field, reason);
    }

    static CascadeRefused forbidden(String field, String reason) {
        return new CascadeRefused(HttpStatus.FORBIDDEN, field, reason);
    }

    static CascadeRefused malformed(String field, String reason) {
        return new CascadeRefused(HttpStatus.BAD_REQUEST, field, reason);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
