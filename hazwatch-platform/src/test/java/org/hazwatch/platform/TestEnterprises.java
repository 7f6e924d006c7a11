package org.hazwatch.platform;

import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazwatch.platform.TestJurisdictions.County;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Enterprises of a test's own, imported through the public registry API (as the platform admin) with codes no other
 * test uses: the SPEC's chlorine tank farm — one hazard source, one tank with a level point, one gas detector, one
 * gateway whose secret the import answers. A test that needs data nobody else touches starts here.
 */
public final class TestEnterprises {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private TestEnterprises() {
    }

    /**
     * An imported enterprise and its codes.
     *
     * @param levelPoint liquid level, 0–10 m, L 1 / H 8 / HH as imported (LL 0.5), deadband 0.5, on-delay 60 s
     * @param gasPoint   chlorine concentration, 0–20 ppm, H 1 / HH 2
     */
    public record TestEnterprise(County county, String code, String hazardSource, String equipment,
                                 String levelPoint, String gasPoint, String gateway, String gatewaySecret) {
    }

    /** An enterprise under a fresh county of its own. */
    public static TestEnterprise importFresh(MockMvc mvc) {
        return importInto(mvc, TestJurisdictions.freshCounty(mvc));
    }

    /** Another enterprise under the given county, HH of its level point 9 m. */
    public static TestEnterprise importInto(MockMvc mvc, County county) {
        String code = newCode(county);
        String reply = TestJurisdictions.body(TestJurisdictions.perform(mvc, post("/api/v1/registry/import")
                .with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(chlorineDocument(code, county.code(), "9.0").getBytes(StandardCharsets.UTF_8)), 200));
        String secret = JsonPath.read(reply, "$.gateways[0].secret");
        return new TestEnterprise(county, code, code + "001", code + "001G0001", code + "001G0001YW001",
                code + "001Q0001YD001", code + "01", secret);
    }

    /** An enterprise code under the county that no other test uses; nothing is imported. */
    public static String newCode(County county) {
        return county.code() + "%05d".formatted(SERIAL.incrementAndGet());
    }

    /**
     * The base-data document of the chlorine tank farm for an enterprise of the county {@code jurisdiction}: 20 t of
     * chlorine and 40 people exposed, one tank with one level point (HH {@code hh}), one gas detector, one gateway,
     * one camera.
     */
    public static String chlorineDocument(String enterpriseCode, String jurisdiction, String hh) {
        return """
                {"enterprise":{"code":"%1$s","name":"晋城示范化工有限公司","jurisdiction":"%2$s","address":"泽州县巴公镇",
                  "lon":112.85,"lat":35.49,"creditCode":"91140525MA0K123456","dutyPhone":"0356-1234567",
                  "contacts":{"principal":"王主任","principalPhone":"13800000001"}},
                 "hazardSources":[{"code":"%1$s001","name":"液氯罐区","exposedPeople":40,
                   "chemicals":[{"cas":"7782-50-5","name":"氯","quantityTonnes":20}],
                   "custodyPersons":[{"role":"main","name":"王主任","phone":"13800000001","position":"总经理"}],
                   "equipment":[{"code":"%1$s001G0001","type":"G0","name":"1#液氯储罐","medium":"7782-50-5",
                       "volumeM3":30,"designPressureMpa":1.6,
                       "storageMedia":[{"cas":"7782-50-5","name":"液氯","form":"liquid","maxQuantityTonnes":25}],
                       "points":[{"code":"%1$s001G0001YW001","name":"液位","kind":"YW","unit":"m",
                                  "rangeLow":0,"rangeHigh":10,"ll":0.5,"l":1.0,"h":8.0,"hh":%3$s,
                                  "deadband":0.5,"onDelaySeconds":60,"tagNumber":"LT-101"}]},
                     {"code":"%1$s001Q0001","type":"Q0","name":"罐区有毒气体探测器",
                       "points":[{"code":"%1$s001Q0001YD001","name":"氯气浓度","kind":"YD","unit":"ppm",
                                  "rangeLow":0,"rangeHigh":20,"h":1,"hh":2}]}]}],
                 "gateways":[{"code":"%1$s01","name":"数采网关","vendor":"示范","ip":"10.0.0.8"}],
                 "cameras":[{"code":"%1$sV01","name":"罐区球机","hazardSource":"%1$s001",
                             "streamUrl":"rtsp://10.0.0.9/live"}]}
                """.formatted(enterpriseCode, jurisdiction, hh);
    }
}
