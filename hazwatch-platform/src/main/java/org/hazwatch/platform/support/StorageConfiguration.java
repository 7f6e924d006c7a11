package org.hazwatch.platform.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks where {@link Attachments} keeps files: the S3 bucket when one is configured, else the data directory. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    StoredFiles storedFiles(HazwatchProperties hazwatch, StorageProperties storage) {
        StoredFiles files = storage.s3Configured()
                ? new S3Files(storage.s3())
                : new DiskFiles(hazwatch.dataDir().resolve("attachments"));
        log.info("Attachments and snapshots kept in {}", files.where());
        return files;
    }
}
