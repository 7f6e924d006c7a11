package org.hazwatch.platform.cascade;

import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;

/**
 * A city platform registered on this (the province's) platform; {@code secret} signs its requests.
 *
 * @param jurisdictionPath the node it writes under, with everything beneath
 */
record RegisteredPlatform(String code, String name, String jurisdictionCode, String jurisdictionPath,
                          String secret) {

    /**
     * Who the platform's writes are made as: a regulator of its node, so the registry's own checks keep it there;
     * named {@code cascade:<code>} in the audit log.
     */
    Actor actor() {
        return new Actor("cascade:" + code, Role.REGULATOR, jurisdictionCode, jurisdictionPath, null);
    }

    boolean writesUnder(String enterpriseCode, String enterprisePath) {
        return actor().sees(enterpriseCode, enterprisePath);
    }
}
