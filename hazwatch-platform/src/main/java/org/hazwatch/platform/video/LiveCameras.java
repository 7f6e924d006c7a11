package org.hazwatch.platform.video;

import java.util.Optional;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.stereotype.Service;

/**
 * Who may watch which camera: those who see its enterprise (SPEC §1 scope); another jurisdiction's camera answers
 * 404, the same as a missing one.
 */
@Service
@EntryClass
public class LiveCameras {

    private final Registry registry;

    LiveCameras(Registry registry) {
        this.registry = registry;
    }

    /** The registered camera, if the actor sees its enterprise; 404 otherwise. */
    public LiveCamera visible(Actor actor, String cameraCode) {
        String enterprise = enterpriseOf(cameraCode).orElseThrow(() -> notFound(cameraCode));
        BaseDataDocument document = registry.document(actor, enterprise);
        BaseDataDocument.Camera camera = document.cameras().stream().filter(c -> c.code().equals(cameraCode))
                .findFirst().orElseThrow(() -> notFound(cameraCode));
        return new LiveCamera(camera.code(), camera.name(), enterprise, document.enterprise().name());
    }

    /** Whether the actor sees the camera's enterprise: the cheap check for every playlist and segment fetch. */
    boolean sees(Actor actor, String cameraCode) {
        return enterpriseOf(cameraCode).flatMap(e -> registry.jurisdictionPathOf(e).map(path -> actor.sees(e, path)))
                .orElse(false);
    }

    /** A camera's code begins with its enterprise's code (SPEC §11). */
    static Optional<String> enterpriseOf(String cameraCode) {
        if (cameraCode == null || cameraCode.length() <= Codes.ENTERPRISE_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(EnterpriseCode.of(cameraCode.substring(0, Codes.ENTERPRISE_LENGTH)).code());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static NotFoundException notFound(String cameraCode) {
        return new NotFoundException("camera", cameraCode);
    }
}
