package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hazwatch.protocol.RequestSigner;
import org.junit.jupiter.api.Test;

/**
 * After a rotation of a gateway's secret (issue 19), the previous secret still signs HTTP requests and logs in to the
 * embedded broker until its grace period ends, and not a moment longer.
 */
class SecretRotationAtIngestTest {

    static final Instant ROTATED = Instant.parse("2026-12-05T08:00:00Z");
    static final Instant GRACE_ENDS = ROTATED.plus(Duration.ofHours(24));
    static final GatewayKey KEY = new GatewayKey("1405250000101", "14052500001", "new-secret", "old-secret",
            GRACE_ENDS);
    static final GatewayDirectory DIRECTORY = code -> Optional.of(KEY).filter(k -> k.gatewayCode().equals(code));
    static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signaturesByThePreviousSecretCountUntilTheGracePeriodEnds() {
        Instant during = GRACE_ENDS.minusSeconds(60);
        SignedRequests signed = new SignedRequests(DIRECTORY, Clock.fixed(during, ZoneOffset.UTC));
        assertThat(signed.authenticate(KEY.gatewayCode(), stamp(during), sign("old-secret", during), BODY))
                .isEqualTo(KEY);
        assertThat(signed.authenticate(KEY.gatewayCode(), stamp(during.plusSeconds(1)),
                sign("new-secret", during.plusSeconds(1)), BODY)).isEqualTo(KEY);

        Instant after = GRACE_ENDS.plusSeconds(1);
        SignedRequests later = new SignedRequests(DIRECTORY, Clock.fixed(after, ZoneOffset.UTC));
        assertThatThrownBy(() -> later.authenticate(KEY.gatewayCode(), stamp(after), sign("old-secret", after), BODY))
                .isInstanceOf(IngestRefusedException.class).hasMessageContaining("bad signature");
        assertThat(later.authenticate(KEY.gatewayCode(), stamp(after.plusSeconds(1)),
                sign("new-secret", after.plusSeconds(1)), BODY)).isEqualTo(KEY);
    }

    @Test
    void theBrokerTakesThePreviousSecretOnlyDuringTheGracePeriod() {
        // the broker checks against the real clock: one grace period still running, one just ended
        GatewayKey graced = new GatewayKey(KEY.gatewayCode(), KEY.enterpriseCode(), "new-secret", "old-secret",
                Instant.now().plusSeconds(3600));
        GatewayKey ended = new GatewayKey(KEY.gatewayCode(), KEY.enterpriseCode(), "new-secret", "old-secret",
                Instant.now().minusSeconds(1));
        GatewayBrokerAccess during = new GatewayBrokerAccess(code -> Optional.of(graced));
        GatewayBrokerAccess after = new GatewayBrokerAccess(code -> Optional.of(ended));
        assertThat(during.checkValid(KEY.gatewayCode(), bytes("old-secret"))).isTrue();
        assertThat(during.checkValid(KEY.gatewayCode(), bytes("new-secret"))).isTrue();
        assertThat(during.checkValid(KEY.gatewayCode(), bytes("other"))).isFalse();
        assertThat(after.checkValid(KEY.gatewayCode(), bytes("old-secret"))).isFalse();
        assertThat(after.checkValid(KEY.gatewayCode(), bytes("new-secret"))).isTrue();
    }

    private static byte[] bytes(String password) {
        return password.getBytes(StandardCharsets.UTF_8);
    }

    private static String stamp(Instant at) {
        return Long.toString(at.toEpochMilli());
    }

    private static String sign(String secret, Instant at) {
        return new RequestSigner(secret).sign(stamp(at), BODY);
    }
}
