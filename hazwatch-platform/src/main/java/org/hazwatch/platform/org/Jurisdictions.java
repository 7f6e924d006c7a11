package org.hazwatch.platform.org;

import java.util.List;
import java.util.Optional;

/** The jurisdiction tree, read by other features. */
public interface Jurisdictions {

    Optional<Jurisdiction> find(String code);

    /** @throws org.hazwatch.platform.support.NotFoundException when there is no such node */
    Jurisdiction require(String code);

    /** Direct children of a node, or the provinces for {@code null}. */
    List<Jurisdiction> children(String parentCode);
}
