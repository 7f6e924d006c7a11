package org.hazwatch.platform.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bulk import of one enterprise and everything beneath it, as JSON. */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "registry")
class RegistryImportController {

    private final Registry registry;

    RegistryImportController(Registry registry) {
        this.registry = registry;
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import (create or replace) one enterprise's base data; every problem is reported at once "
            + "and nothing is stored then. The reply holds the secrets of newly created gateways, shown only here.")
    ImportReport importJson(Actor actor, @RequestBody byte[] document) {
        return registry.importJson(actor, document);
    }
}
