package org.hazwatch.platform.registry;

import org.hazwatch.protocol.EnterpriseCode;

/**
 * Something an enterprise's registration holds has changed. Published inside the writing transaction; after the
 * commit the registry's read model forgets the enterprise before any other listener of the commit runs, so those
 * listeners read the new registration ({@link Registry#registration}).
 */
public record RegistryChanged(EnterpriseCode enterpriseCode, Change change) {

    /** What was written. */
    public enum Change {
        /** 基础数据: an import (JSON or workbook) of the enterprise, its sources, equipment, points and gateways. */
        BASE_DATA,
        /** 认定级别: a regulator recorded or cleared a hazard source's official level. */
        OFFICIAL_LEVEL,
        /** 网关密钥: a gateway's secret was rotated (security, issue 19). */
        GATEWAY_SECRET
    }
}
