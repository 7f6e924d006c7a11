package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.hazwatch.protocol.RequestSigner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A city platform's signed requests to this (the province's) platform, for the cascade's tests. */
record SignedCascade(MockMvc mvc, String platformCode, String secret) {

    /** Posts a signed body to {@code /api/v1/cascade/<kind>}; answers the reply's body after checking its status. */
    String send(String kind, String body, int status) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long stamp = System.currentTimeMillis();
        MvcResult result = mvc.perform(post("/api/v1/cascade/" + kind).contentType(MediaType.APPLICATION_JSON)
                .header(CascadeWire.PLATFORM_CODE_HEADER, platformCode).header("X-Timestamp", stamp)
                .header("X-Signature", new RequestSigner(secret).sign(stamp, bytes)).content(bytes)).andReturn();
        String reply = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(kind + ": " + reply).isEqualTo(status);
        return reply;
    }
}
