package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.registry.RegistryChanged.Change;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The read model answers from memory and follows every registry write as soon as it commits. */
@PlatformTest
@RecordApplicationEvents
class RegistryReadModelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Registry registry;
    @Autowired
    ApplicationEvents events;

    TestEnterprise enterprise;
    String code;

    @BeforeEach
    void importEnterprise() {
        enterprise = TestEnterprises.importFresh(mvc);
        code = enterprise.code();
    }

    @Test
    void aReImportIsReadByEveryLookUpAsSoonAsItReturns() throws Exception {
        String level = enterprise.levelPoint();
        String gas = enterprise.gasPoint();
        assertThat(registry.point(level).orElseThrow().hh()).isEqualTo(9.0);
        assertThat(registry.gateway(code + "01")).isPresent();
        assertThat(registry.enterprisesWithPoints()).contains(code);

        String withoutGasDetectorAndGateway = TestEnterprises.chlorineDocument(code, enterprise.county().code(), "9.5")
                .replaceAll(",\\s*\\{\"code\":\"" + code + "001Q0001\"[^\\]]*\\]\\}", "")
                .replaceAll("\"gateways\":\\[[^\\]]*\\]", "\"gateways\":[]");
        new RegistryApi(mvc).importJson(withoutGasDetectorAndGateway).andExpect(status().isOk());

        assertThat(registry.point(level).orElseThrow().hh()).isEqualTo(9.5);
        assertThat(registry.point(gas)).isEmpty();
        assertThat(registry.pointsOf(code)).extracting(PointDefinition::code).containsExactly(level);
        assertThat(registry.gateway(code + "01")).as("removed gateway").isEmpty();
        assertThat(events.stream(RegistryChanged.class))
                .containsExactly(new RegistryChanged(EnterpriseCode.of(code), Change.BASE_DATA),
                        new RegistryChanged(EnterpriseCode.of(code), Change.BASE_DATA));
    }

    @Test
    void theCamerasAreInTheRegistrationAndFollowAReImportAsSoonAsItReturns() throws Exception {
        assertThat(registry.registration(code).orElseThrow().cameras())
                .extracting(BaseDataDocument.Camera::code, BaseDataDocument.Camera::name,
                        BaseDataDocument.Camera::hazardSource)
                .containsExactly(tuple(code + "V01", "罐区球机", code + "001"));

        String twoCameras = TestEnterprises.chlorineDocument(code, enterprise.county().code(), "9.0")
                .replaceAll("(?s)\"cameras\":\\[.*\\]\\}", Matcher.quoteReplacement("""
                        "cameras":[{"code":"%1$sV02","name":"值班室摄像头"},{"code":"%1$sV01","name":"罐区枪机"}]}"""
                        .formatted(code)));
        new RegistryApi(mvc).importJson(twoCameras).andExpect(status().isOk());

        assertThat(registry.registration(code).orElseThrow().cameras())
                .extracting(BaseDataDocument.Camera::code, BaseDataDocument.Camera::name)
                .containsExactly(tuple(code + "V01", "罐区枪机"), tuple(code + "V02", "值班室摄像头"));
    }

    @Test
    void aProjectionIsDerivedOncePerRegistrationAndAgainAfterAnOfficialLevel() throws Exception {
        AtomicInteger derived = new AtomicInteger();
        RegistryProjection<Integer> levels = registry.projection(r -> {
            derived.incrementAndGet();
            return r.hazardSources().get(0).level();
        });
        assertThat(levels.of(code)).contains(3);
        assertThat(levels.of(code)).contains(3);
        assertThat(derived).hasValue(1);

        mvc.perform(put("/api/v1/registry/hazard-sources/" + code + "001/official-level")
                        .with(httpBasic(RegistryApi.ADMIN, RegistryApi.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":2}"))
                .andExpect(status().isOk());

        assertThat(levels.of(code)).contains(2);
        assertThat(derived).hasValue(2);
        assertThat(events.stream(RegistryChanged.class)).last()
                .isEqualTo(new RegistryChanged(EnterpriseCode.of(code), Change.OFFICIAL_LEVEL));
        assertThat(levels.of(TestEnterprises.newCode(enterprise.county()))).as("not registered").isEmpty();
    }
}
