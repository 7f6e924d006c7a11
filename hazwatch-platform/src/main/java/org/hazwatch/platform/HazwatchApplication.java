package org.hazwatch.platform;

import org.hazwatch.platform.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * hazwatch — 危险化学品安全生产风险监测预警系统.
 *
 * <p>Runs on the embedded defaults (PostgreSQL under {@code <data-dir>/pg}) unless a datasource URL is
 * configured. {@code serve} starts empty; {@code --hazwatch.mode=demo} seeds the demo jurisdiction when the
 * {@code hazwatch-demo} module is on the class path (its jar, {@code ./hazwatch demo}) and is refused without it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HazwatchApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) { // ./hazwatch backup | restore (docs/BACKUP.md): no web server
            System.exit(BackupCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(HazwatchApplication.class, ServerPortChoice.withPort(args));
    }
}
