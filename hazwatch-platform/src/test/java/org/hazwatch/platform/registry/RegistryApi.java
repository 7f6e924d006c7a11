package org.hazwatch.platform.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Calls of the registry API in tests, signed in by HTTP Basic, and the documents they send. */
final class RegistryApi {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-password";

    private final MockMvc mvc;

    RegistryApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions importJson(String user, String password, String document) throws Exception {
        return mvc.perform(post("/api/v1/registry/import").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON).content(document.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions importJson(String document) throws Exception {
        return importJson(ADMIN, ADMIN_PASSWORD, document);
    }

    ResultActions get(String user, String password, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(httpBasic(user, password)));
    }

    ResultActions get(String path) throws Exception {
        return get(ADMIN, ADMIN_PASSWORD, path);
    }

    /**
     * The SPEC's chlorine tank farm, for an enterprise in 泽州县 (140525) or another county: one hazard source with
     * 20 t of chlorine and 40 people exposed, one tank with one level point and one gas detector, one gateway.
     */
    static String chlorineDocument(String enterpriseCode, String jurisdiction, String hh) {
        String e = enterpriseCode;
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
                """.formatted(e, jurisdiction, hh);
    }
}
