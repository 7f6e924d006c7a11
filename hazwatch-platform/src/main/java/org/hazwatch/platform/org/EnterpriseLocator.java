package org.hazwatch.platform.org;

import java.util.Optional;

/**
 * Where an enterprise lies in the jurisdiction tree. The registry owns enterprises and implements this, so that
 * org can scope enterprise users without reading the registry's tables.
 */
public interface EnterpriseLocator {

    /** The jurisdiction path the enterprise is registered at, or empty when there is no such enterprise. */
    Optional<String> jurisdictionPathOf(String enterpriseCode);
}
