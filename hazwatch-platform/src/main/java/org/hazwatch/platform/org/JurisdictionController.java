package org.hazwatch.platform.org;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdiction tree, as far as the caller may see it. */
@RestController
@RequestMapping("/api/v1/jurisdictions")
class JurisdictionController {

    private final JurisdictionDirectory directory;

    JurisdictionController(JurisdictionDirectory directory) {
        this.directory = directory;
    }

    /** The caller's own node and its children; for the platform admin no node and the provinces. */
    @GetMapping
    OwnNode own(Actor actor) {
        if (actor.isPlatformAdmin()) {
            return new OwnNode(null, directory.children(null));
        }
        Jurisdiction node = directory.visible(actor, actor.jurisdictionCode());
        return new OwnNode(node, directory.children(node.code()));
    }

    @GetMapping("/{code}")
    Jurisdiction one(Actor actor, @PathVariable String code) {
        return directory.visible(actor, code);
    }

    @GetMapping("/{code}/children")
    List<Jurisdiction> children(Actor actor, @PathVariable String code) {
        return directory.visibleChildren(actor, code);
    }

    @PostMapping("/parks")
    @ResponseStatus(HttpStatus.CREATED)
    Jurisdiction registerPark(Actor actor, @RequestBody JurisdictionDirectory.NewPark park) {
        return directory.registerPark(actor, park);
    }

    record OwnNode(Jurisdiction node, List<Jurisdiction> children) {
    }
}
