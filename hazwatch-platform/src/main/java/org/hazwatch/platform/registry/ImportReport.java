package org.hazwatch.platform.registry;

import java.util.List;
import java.util.Map;

/**
 * What an import changed, per table, and the secrets of the gateways it created — the only time a secret is
 * ever shown.
 *
 * @param tables table name → its changes, in the order the tables were written
 */
public record ImportReport(String enterpriseCode, Map<String, TableChange> tables, List<NewGateway> gateways) {

    /**
     * Rows created, updated and removed, by key: the code, or {@code parent/CAS} and {@code parent/role} for rows
     * without a code of their own.
     */
    public record TableChange(int created, int updated, int removed, List<String> createdKeys,
                              List<String> updatedKeys, List<String> removedKeys) {
    }

    /** A gateway this import created, with its HMAC secret (SPEC §10), to be configured on the gateway. */
    public record NewGateway(String code, String secret) {
        @Override
        public String toString() {
            return "NewGateway[" + code + "]";
        }
    }
}
