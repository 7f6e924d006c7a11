package org.hazwatch.platform.org;

import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.support.EntryClass;

/** The jurisdiction tree, read by other features. */
@EntryClass
public interface Jurisdictions {

    Optional<Jurisdiction> find(String code);

    /** @throws org.hazwatch.platform.support.NotFoundException when there is no such node */
    Jurisdiction require(String code);

    /** @throws org.hazwatch.platform.support.NotFoundException unless the node exists and the actor sees it */
    Jurisdiction visible(Actor actor, String code);

    /**
     * What the actor sees, narrowed to the node {@code underCode} when one is given.
     *
     * @throws org.hazwatch.platform.support.NotFoundException when the node does not exist or the actor does not
     *                                                         see it (enterprise users see no node)
     */
    JurisdictionScope scope(Actor actor, String underCode);

    /** Direct children of a node, or the provinces for {@code null}. */
    List<Jurisdiction> children(String parentCode);

    /**
     * Registers a chemical park (化工园区) under a county or city the actor sees; audited.
     *
     * @throws org.hazwatch.platform.support.InvalidInputException with every problem of the request
     */
    Jurisdiction registerPark(Actor actor, NewPark park);

    /** A park to register: {@code code} is the parent's six digits, {@code P} and two digits ({@code 140525P01}). */
    record NewPark(String code, String name, String parentCode) {
    }
}
