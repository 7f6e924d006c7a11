package org.hazwatch.platform.ingest;

import org.springframework.http.HttpStatus;

/**
 * A whole ingest request refused: nothing of it is stored. Other features' {@link GatewayMessages} throw it too, and
 * the video upload, which signs the same way.
 */
public class IngestRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public IngestRefusedException(HttpStatus status, String field, String reason) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    static IngestRefusedException unauthorized(String field, String reason) {
        return new IngestRefusedException(HttpStatus.UNAUTHORIZED, field, reason);
    }

    public static IngestRefusedException forbidden(String field, String reason) {
        return new IngestRefusedException(HttpStatus.FORBIDDEN, field, reason);
    }

    static IngestRefusedException tooLarge(String field, String reason) {
        return new IngestRefusedException(HttpStatus.CONTENT_TOO_LARGE, field, reason);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
