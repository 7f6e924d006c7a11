package org.hazwatch.platform.video;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.RegistryChanged;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The registered cameras of an enterprise by code (base data, read through the registry), kept a short while: a
 * gateway reports its cameras every minute. Forgotten when the enterprise's base data changes.
 */
@Component
class CameraDirectory {

    private final Registry registry;
    private final Cache<String, Map<String, BaseDataDocument.Camera>> cameras = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    CameraDirectory(Registry registry) {
        this.registry = registry;
    }

    /** The enterprise's cameras in code order; none for an unknown enterprise. */
    Map<String, BaseDataDocument.Camera> of(String enterpriseCode) {
        return cameras.get(enterpriseCode, code -> {
            Map<String, BaseDataDocument.Camera> byCode = new LinkedHashMap<>();
            if (registry.enterprise(code).isPresent()) {
                registry.document(Actor.system(), code).cameras().stream()
                        .sorted(java.util.Comparator.comparing(BaseDataDocument.Camera::code))
                        .forEach(c -> byCode.put(c.code(), c));
            }
            return byCode;
        });
    }

    @EventListener
    void changed(RegistryChanged e) {
        cameras.invalidate(e.enterpriseCode().code());
    }
}
