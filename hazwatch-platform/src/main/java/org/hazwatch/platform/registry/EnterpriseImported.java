package org.hazwatch.platform.registry;

/** Published inside the import's transaction; listen after commit to see the new base data. */
public record EnterpriseImported(String enterpriseCode) {
}
