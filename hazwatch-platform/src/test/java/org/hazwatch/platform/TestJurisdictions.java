package org.hazwatch.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Counties of the national code table (GB/T 2260) that no other test in this JVM has been given, found through the
 * public jurisdiction API, so a test's enterprises, alarms and warnings are the only ones under its county whatever
 * ran before it. The provinces are far from the demo's 山西 (14), which the tests' fixed data use.
 */
public final class TestJurisdictions {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "county-regulator-1";

    private static final Iterator<String> PROVINCES = List.of("620000", "630000", "640000", "650000", "540000",
            "530000", "520000", "450000", "150000", "230000").iterator();
    private static final Deque<County> UNUSED = new ArrayDeque<>();

    private TestJurisdictions() {
    }

    /** A county, with its path in the tree; {@link #regulator} signs in as its county regulator. */
    public record County(String code, String name, String path) {

        public String regulatorUsername() {
            return "regulator-" + code;
        }

        public RequestPostProcessor regulator() {
            return httpBasic(regulatorUsername(), PASSWORD);
        }
    }

    public static RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }

    /** A county no other test has been given, with a regulator user of its own (password {@link #PASSWORD}). */
    public static County freshCounty(MockMvc mvc) {
        County county = nextCounty(mvc);
        String user = """
                {"username":"%s","displayName":"%s应急管理局","password":"%s","role":"REGULATOR","jurisdictionCode":"%s"}
                """.formatted(county.regulatorUsername(), county.name(), PASSWORD, county.code());
        perform(mvc, post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content(user), 201);
        return county;
    }

    private static synchronized County nextCounty(MockMvc mvc) {
        while (UNUSED.isEmpty()) {
            for (Map<String, Object> node : children(mvc, PROVINCES.next())) {
                if ("COUNTY".equals(node.get("level"))) {
                    UNUSED.add(county(node));
                } else {
                    children(mvc, (String) node.get("code")).stream().filter(n -> "COUNTY".equals(n.get("level")))
                            .map(TestJurisdictions::county).forEach(UNUSED::add);
                }
            }
        }
        return UNUSED.pop();
    }

    private static County county(Map<String, Object> node) {
        return new County((String) node.get("code"), (String) node.get("name"), (String) node.get("path"));
    }

    private static List<Map<String, Object>> children(MockMvc mvc, String code) {
        MvcResult result = perform(mvc, get("/api/v1/jurisdictions/" + code + "/children").with(admin()), 200);
        return JsonPath.read(body(result), "$");
    }

    static MvcResult perform(MockMvc mvc, RequestBuilder request, int status) {
        try {
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getResponse().getStatus() != status) {
                throw new AssertionError("expected " + status + " but got " + result.getResponse().getStatus()
                        + ": " + body(result));
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
