package org.hazwatch.platform.video;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazwatch.platform.registry.EnterpriseRegistration;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.RegistryProjection;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.springframework.stereotype.Component;

/**
 * The registered cameras of an enterprise by code: a projection of the registry's read model (as telemetry's points
 * are), so it follows every committed change of the base data and needs no refresh of its own.
 */
@Component
class CameraDirectory {

    private final RegistryProjection<Map<String, BaseDataDocument.Camera>> cameras;

    CameraDirectory(Registry registry) {
        this.cameras = registry.projection(CameraDirectory::byCode);
    }

    /** The enterprise's cameras in code order; none for an unknown enterprise. */
    Map<String, BaseDataDocument.Camera> of(String enterpriseCode) {
        return cameras.of(enterpriseCode).orElse(Map.of());
    }

    private static Map<String, BaseDataDocument.Camera> byCode(EnterpriseRegistration registration) {
        Map<String, BaseDataDocument.Camera> byCode = new LinkedHashMap<>();
        registration.cameras().forEach(c -> byCode.put(c.code(), c));
        return Collections.unmodifiableMap(byCode);
    }
}
