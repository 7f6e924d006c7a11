package org.hazwatch.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import static org.hazwatch.testing.PropertyCheck.forAll;

import java.nio.charset.StandardCharsets;
import org.hazwatch.testing.Gen;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

    // Both vectors computed independently with: printf '<timestamp>\n<body>' | openssl dgst -sha256 -hmac '<secret>'
    @Test
    void matchesTheOpensslVectorForAnAsciiSecret() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(new RequestSigner("gw-secret-1405250000101").sign(1764489600000L, body))
                .isEqualTo("24c7f520aebd200e5cf18257a247c65b51fd35691d7ad3fee8f5685c0c1a9abb");
    }

    @Test
    void keysWithTheUtf8BytesOfTheSecret() {
        byte[] body = "{\"name\":\"反应器\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(new RequestSigner("网关密钥").sign("1764489600000", body))
                .isEqualTo("388a70899849509049394dedbbf62f902e04ccd2e6beb01e183bcf22e333bf34");
    }

    @Test
    void refusesSignaturesThatAreNotLowercaseHex() {
        RequestSigner signer = new RequestSigner("s");
        byte[] body = {1, 2, 3};
        String good = signer.sign("1", body);
        assertThat(signer.verify("1", body, good)).isTrue();
        assertThat(good).containsPattern("[a-f]");
        assertThat(signer.verify("1", body, good.toUpperCase())).isFalse();
        assertThat(signer.verify("1", body, good.substring(1))).isFalse();
        assertThat(signer.verify("1", body, null)).isFalse();
        assertThat(signer.verify("1", body, "z" + good.substring(1))).isFalse();
    }

    @Test
    void headersCarryTheCodeTheTimestampAndTheSignatureInOrder() {
        RequestSigner signer = new RequestSigner("s");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(signer.headers("1405250000101", 42L, body)).containsExactly(
                entry("X-Gateway-Code", "1405250000101"),
                entry("X-Timestamp", "42"),
                entry("X-Signature", signer.sign("42", body)));
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatThrownBy(() -> new RequestSigner("")).isInstanceOf(IllegalArgumentException.class);
    }

    record Signing(String secret, long millis, byte[] body) {
    }

    @Test
    void aSignatureVerifiesUnderTheSameSecret() {
        forAll(c -> new Signing(c.text(1, 30), c.between(0, Long.MAX_VALUE), c.bytes(0, 300)), s -> {
            RequestSigner signer = new RequestSigner(s.secret());
            assertThat(signer.verify(Long.toString(s.millis()), s.body(), signer.sign(s.millis(), s.body()))).isTrue();
        });
    }

    record Tampering(SignedRequest request, Change change) {
    }

    @Test
    void anySingleByteChangeFailsVerification() {
        forAll(c -> new Tampering(SIGNED_REQUESTS.draw(c), CHANGES.draw(c)), t -> {
            RequestSigner signer = new RequestSigner("secret-of-1405250000101");
            String signature = signer.sign(t.request().timestamp(), t.request().body());
            SignedRequest tampered = t.change().applyTo(t.request(), signature);
            assertThat(signer.verify(tampered.timestamp(), tampered.body(), tampered.signature())).isFalse();
        });
    }

    @Test
    void anotherSecretDoesNotVerify() {
        forAll(c -> c.bytes(0, 100), body -> {
            String signature = new RequestSigner("secret-a").sign(1L, body);
            assertThat(new RequestSigner("secret-b").verify("1", body, signature)).isFalse();
        });
    }

    record SignedRequest(String timestamp, byte[] body, String signature) {
    }

    /** Changes one byte of the timestamp, the body or the signature, at a position and by a non-zero delta. */
    record Change(int part, int position, int delta) {
        SignedRequest applyTo(SignedRequest request, String signature) {
            byte[] timestamp = request.timestamp().getBytes(StandardCharsets.US_ASCII);
            byte[] body = request.body().clone();
            byte[] sig = signature.getBytes(StandardCharsets.US_ASCII);
            byte[] target = part == 0 ? timestamp : part == 1 ? body : sig;
            int i = Math.floorMod(position, target.length);
            target[i] = (byte) (target[i] + delta);
            return new SignedRequest(new String(timestamp, StandardCharsets.ISO_8859_1), body,
                    new String(sig, StandardCharsets.ISO_8859_1));
        }
    }

    static final Gen<SignedRequest> SIGNED_REQUESTS = c -> new SignedRequest(
            Long.toString(c.between(0, 4_102_444_800_000L)), c.bytes(1, 500), "");

    static final Gen<Change> CHANGES = c -> new Change(c.between(0, 2), c.between(0, 1000), c.between(1, 255));
}
