package org.hazwatch.platform.ingest;

import org.hazwatch.platform.org.Actor;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Mosquitto password and ACL files generated from the registry, for the platform admin of a site that runs its
 * own Mosquitto (docs/MQTT.md; {@code ./hazwatch mosquitto-acl DIR} writes both).
 */
@RestController
class MosquittoFilesController {

    private final MosquittoFiles files;

    MosquittoFilesController(MosquittoFiles files) {
        this.files = files;
    }

    @GetMapping(path = "/api/v1/mqtt/mosquitto/passwd", produces = MediaType.TEXT_PLAIN_VALUE)
    String passwordFile(Actor actor) {
        onlyTheAdmin(actor);
        return files.passwordFile();
    }

    @GetMapping(path = "/api/v1/mqtt/mosquitto/acl", produces = MediaType.TEXT_PLAIN_VALUE)
    String aclFile(Actor actor) {
        onlyTheAdmin(actor);
        return files.aclFile();
    }

    private static void onlyTheAdmin(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the Mosquitto files hold every gateway's credentials: platform admin only");
        }
    }
}
