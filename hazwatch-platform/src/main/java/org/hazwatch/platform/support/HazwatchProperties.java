package org.hazwatch.platform.support;

import java.nio.file.Path;
import java.time.ZoneId;
import org.hazwatch.protocol.BeijingTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings under {@code hazwatch.*}.
 *
 * @param mode     {@code serve} (empty, production-like) or {@code demo} (seeded demo jurisdiction)
 * @param dataDir  where the embedded database and other local state live
 * @param database the embedded database
 * @param zone     the one zone of the platform: what pages, the JSON API and messages show, how a day, a schedule and
 *                 a deadline are read (SQL too); {@link BeijingTime#ZONE} unless set
 */
@ConfigurationProperties("hazwatch")
public record HazwatchProperties(
        @DefaultValue("serve") String mode,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Database database,
        ZoneId zone) {

    public HazwatchProperties {
        zone = zone == null ? BeijingTime.ZONE : zone;
    }

    public boolean demo() {
        return "demo".equalsIgnoreCase(mode);
    }

    /**
     * @param poolSize  connections in the pool over the embedded server
     * @param ephemeral a throw-away data directory, removed on shutdown (tests)
     */
    public record Database(@DefaultValue("20") int poolSize, @DefaultValue("false") boolean ephemeral) {
    }
}
