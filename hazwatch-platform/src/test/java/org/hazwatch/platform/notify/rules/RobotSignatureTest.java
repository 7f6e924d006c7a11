package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotSignatureTest {

    // computed with the Python snippet of DingTalk's documentation (hmac, base64, urllib.parse.quote_plus)
    private static final String SIGN = "0rfyM%2By0h4erabBhaACE%2FD9geMKBs%2FZ939BhbJnhYWE%3D";

    @Test
    void signsAsDingTalksDocumentationDoes() {
        assertThat(RobotSignature.sign("SECabc", 1796025600000L)).isEqualTo("0rfyM+y0h4erabBhaACE/D9geMKBs/Z939BhbJnhYWE=");
    }

    @Test
    void appendsTimestampAndUrlEncodedSignToTheWebhook() {
        assertThat(RobotSignature.signedUrl("https://oapi.dingtalk.com/robot/send?access_token=t", "SECabc",
                1796025600000L))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1796025600000&sign=" + SIGN);
        assertThat(RobotSignature.signedUrl("http://host/robot", "SECabc", 1796025600000L))
                .startsWith("http://host/robot?timestamp=");
    }
}
