package org.hazwatch.platform.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.org.rules.JurisdictionPaths;
import org.hazwatch.platform.org.rules.ParkCode;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The jurisdiction tree (辖区): reads for every feature, scoped reads and park registration for the API. */
@Service
class JurisdictionDirectory implements Jurisdictions {

    private final JurisdictionRepository repository;
    private final AuditLog audit;

    JurisdictionDirectory(JurisdictionRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    @Override
    public Jurisdiction require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("jurisdiction", code));
    }

    @Override
    public List<Jurisdiction> children(String parentCode) {
        return repository.children(parentCode);
    }

    @Override
    public JurisdictionScope scope(Actor actor, String underCode) {
        return underCode == null ? actor.scope() : actor.scope().under(visible(actor, underCode).path());
    }

    /** The node, if the actor may see it; otherwise as if it did not exist. */
    @Override
    public Jurisdiction visible(Actor actor, String code) {
        return find(code).filter(node -> actor.seesJurisdiction(node.path()))
                .orElseThrow(() -> new NotFoundException("jurisdiction", code));
    }

    List<Jurisdiction> visibleChildren(Actor actor, String code) {
        return children(visible(actor, code).code());
    }

    /** Registers a chemical park (化工园区) under a county or city the actor sees. */
    @Override
    @Transactional
    public Jurisdiction registerPark(Actor actor, NewPark park) {
        if (actor.role().isEnterprise()) {
            throw new AccessDeniedException("only regulators register parks");
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Jurisdiction> parent = find(park.parentCode()).filter(p -> actor.seesJurisdiction(p.path()));
        if (parent.isEmpty()) {
            problems.add(new Problem("parentCode", "no such jurisdiction"));
        } else if (parent.get().level() != JurisdictionLevel.COUNTY && parent.get().level() != JurisdictionLevel.CITY) {
            problems.add(new Problem("parentCode", "a park hangs under a county or a city"));
        }
        ParkCode.check(park.code(), park.parentCode()).ifPresent(reason -> problems.add(new Problem("code", reason)));
        if (park.code() != null && find(park.code()).isPresent()) {
            problems.add(new Problem("code", "a jurisdiction with this code exists"));
        }
        if (park.name() == null || park.name().isBlank() || park.name().length() > 100) {
            problems.add(new Problem("name", "a name of 1 to 100 characters is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Jurisdiction node = new Jurisdiction(park.code(), park.name().strip(), JurisdictionLevel.PARK,
                parent.get().code(), JurisdictionPaths.childPath(parent.get().path(), park.code()));
        repository.insert(node);
        audit.record(actor, "jurisdiction.park.create", "jurisdiction", node.code(), node.path(),
                Map.of("name", node.name(), "parentCode", node.parentCode()));
        return node;
    }
}
