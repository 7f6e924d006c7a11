package org.hazwatch.platform.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.hazwatch.platform.org.rules.JurisdictionPaths;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads China's administrative divisions (行政区划) down to towns from {@code org/divisions.tsv.gz} when the
 * jurisdiction table is empty, so a node exists for every valid code from the first start, in every mode.
 * Runs before any runner (demo seeds) and uses COPY: about 45,000 rows in well under a second.
 */
@Component
class DivisionLoader implements InitializingBean {

    static final String RESOURCE = "org/divisions.tsv.gz";
    private static final Logger log = LoggerFactory.getLogger(DivisionLoader.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DivisionLoader(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            // Several nodes may start at once against one database: only the first loads.
            jdbc.sql("LOCK TABLE jurisdiction IN EXCLUSIVE MODE").update();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM jurisdiction)").query(Boolean.class).single()) {
                return;
            }
            long started = System.nanoTime();
            long rows = copy(copyText());
            log.info("loaded {} administrative divisions in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        });
    }

    private long copy(String text) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY jurisdiction (code, level, parent_code, name, path) FROM STDIN", new StringReader(text));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not load " + RESOURCE, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The resource as COPY text: code, level, parent (\N for none), name, path. Parents come first. */
    static String copyText() {
        Map<String, String> paths = new HashMap<>(65_536);
        StringBuilder out = new StringBuilder(4 << 20);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream()), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                String parentPath = f[2].isEmpty() ? "" : paths.get(f[2]);
                if (parentPath == null) {
                    throw new IllegalStateException(RESOURCE + ": parent " + f[2] + " of " + f[0] + " comes later");
                }
                String path = JurisdictionPaths.childPath(parentPath, f[0]);
                paths.put(f[0], path);
                out.append(f[0]).append('\t').append(f[1]).append('\t').append(f[2].isEmpty() ? "\\N" : f[2])
                        .append('\t').append(f[3]).append('\t').append(path).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
