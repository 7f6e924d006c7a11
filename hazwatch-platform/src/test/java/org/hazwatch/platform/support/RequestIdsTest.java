package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdsTest {

    final RequestIds filter = new RequestIds();
    final Map<String, String> seen = new HashMap<>();

    @Test
    void keepsAPlainRequestIdForTheRequestsLinesAndAnswersIt() throws Exception {
        MockHttpServletResponse response = run("proxy-4f2a.17");

        assertThat(seen).containsEntry(LogContext.REQUEST, "proxy-4f2a.17");
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("proxy-4f2a.17");
    }

    @Test
    void makesUpAnIdWhenTheGivenOneIsMissingOrCouldForgeALogLine() throws Exception {
        for (String given : new String[] {null, "a\r\nforged line", "x".repeat(65)}) {
            MockHttpServletResponse response = run(given);

            assertThat(seen.get(LogContext.REQUEST)).matches("[0-9a-f-]{36}");
            assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo(seen.get(LogContext.REQUEST));
        }
    }

    @Test
    void clearsTheLogContextWhenTheRequestIsDoneForTheThreadsNextRequest() throws Exception {
        run("first");

        assertThat(seen).containsEntry(LogContext.GATEWAY, "14052500001" + "01");
        assertThat(MDC.get(LogContext.REQUEST)).isNull();
        assertThat(MDC.get(LogContext.GATEWAY)).isNull();
        assertThat(MDC.get(LogContext.ENTERPRISE)).isNull();
    }

    private MockHttpServletResponse run(String requestId) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/ingest/readings");
        if (requestId != null) {
            request.addHeader(RequestIds.HEADER, requestId);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                // what the ingest sets once the gateway is authenticated
                LogContext.gateway("14052500001" + "01", "14052500001");
                seen.clear();
                seen.putAll(MDC.getCopyOfContextMap());
            }
        }));
        return response;
    }
}
