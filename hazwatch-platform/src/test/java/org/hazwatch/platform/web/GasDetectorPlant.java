package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test's own enterprise in 泽州县 with one combustible-gas detector (KR, %LEL) registered without limits — the
 * alarm engine applies 25 and 50 %LEL to it — imported through the registry API, with its gateway and a duty
 * operator who logs in with {@link #PASSWORD}.
 */
public record GasDetectorPlant(String enterprise) {

    public static final String PASSWORD = "gas-operator-1";

    /** Imports the enterprise as the platform admin and creates its duty operator. */
    public static GasDetectorPlant importInto(MockMvc mvc, Accounts accounts, String enterprise) throws Exception {
        GasDetectorPlant plant = new GasDetectorPlant(enterprise);
        int status = mvc.perform(post("/api/v1/registry/import").with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plant.document().getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("import of %s", enterprise).isBetween(200, 201);
        accounts.createIfAbsent(plant.operator(), "可燃气体值班员", PASSWORD, Role.ENTERPRISE_OPERATOR, enterprise);
        return plant;
    }

    public String gateway() {
        return enterprise + "01";
    }

    /** 可燃气体浓度, 0–100 %LEL, no limits registered. */
    public String detector() {
        return enterprise + "001Q0001KR001";
    }

    public String operator() {
        return "gas-" + enterprise;
    }

    private String document() {
        return """
                {"enterprise":{"code":"%1$s","name":"芮城可燃气体示范化工有限公司","jurisdiction":"140830",
                  "address":"芮城县古魏镇","lon":112.85,"lat":35.49,"creditCode":"91140830MA0K777777",
                  "dutyPhone":"0356-1234567"},
                 "hazardSources":[{"code":"%1$s001","name":"甲醇罐区","exposedPeople":10,
                   "chemicals":[{"cas":"67-56-1","name":"甲醇","quantityTonnes":600}],
                   "equipment":[{"code":"%1$s001Q0001","type":"Q0","name":"罐区可燃气体探测器",
                       "points":[{"code":"%1$s001Q0001KR001","name":"可燃气体浓度","kind":"KR","unit":"%%LEL",
                                  "rangeLow":0,"rangeHigh":100}]}]}],
                 "gateways":[{"code":"%1$s01","name":"数采网关","vendor":"示范","ip":"10.0.0.8"}]}
                """.formatted(enterprise);
    }
}
