package org.hazwatch.platform.support;

import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one statement by which a feature moves the rows it keeps of an enterprise (each with the enterprise's
 * {@code enterprise_code} and {@code jurisdiction_path}) to the enterprise's new jurisdiction node, when the
 * registry re-places it ({@code registry.EnterpriseMoved}).
 */
public final class EnterprisePaths {

    private EnterprisePaths() {
    }

    /** @param tables the feature's own tables; the statements join the caller's transaction */
    public static void rewrite(JdbcClient jdbc, EnterpriseCode enterpriseCode, String toPath, String... tables) {
        for (String table : tables) {
            jdbc.sql("UPDATE " + table + " SET jurisdiction_path = :to WHERE enterprise_code = :enterprise")
                    .param("to", toPath).param("enterprise", enterpriseCode.code()).update();
        }
    }
}
