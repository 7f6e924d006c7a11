package org.hazwatch.platform.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code ./hazwatch backup FILE [spring args]} and {@code ./hazwatch restore FILE [spring args]}, entered through
 * the platform's main class with {@code backup}/{@code restore} as the first argument. The settings are read as
 * {@code serve} reads them (application.yml, the environment, {@code --hazwatch.data-dir=…},
 * {@code --spring.datasource.url=…}/{@code username}/{@code password}), in a context that holds only them: no web
 * server, no ingest, no Flyway. {@code --force} (or {@code hazwatch.backup.force=true}) lets a restore replace a
 * database or attachments that are not empty, and a backup overwrite an existing file.
 */
public final class BackupCommand {

    static final String USAGE = """
            usage: ./hazwatch backup  FILE [--force] [spring args]   a consistent backup, also while the platform runs
                   ./hazwatch restore FILE [--force] [spring args]   into an empty data directory or database
              spring args as for serve: --hazwatch.data-dir=DIR (embedded database and attachments, default ./data),
              --spring.datasource.url=jdbc:postgresql://HOST:PORT/DB --spring.datasource.username=… (external);
              --hazwatch.backup.pg-bin=DIR names the directory of pg_dump/pg_restore (docs/BACKUP.md)""";

    private BackupCommand() {
    }

    /** Whether the arguments ask for a backup or a restore rather than the platform. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; answers the exit status (0 done, 1 failed, 2 wrong arguments). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        boolean force = false;
        Path file = null;
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--force")) {
                force = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                err.println("one FILE only, not also " + arg + "\n" + USAGE);
                return 2;
            }
        }
        if (file == null) {
            err.println("FILE missing\n" + USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false).registerShutdownHook(false).run(springArgs.toArray(String[]::new))) {
            Environment environment = settings.getEnvironment();
            HazwatchProperties hazwatch = settings.getBean(HazwatchProperties.class);
            force |= environment.getProperty("hazwatch.backup.force", Boolean.class, false);
            String pgBin = environment.getProperty("hazwatch.backup.pg-bin");
            String url = environment.getProperty("spring.datasource.url");
            boolean restore = command.equals("restore");
            if (restore && !Files.isRegularFile(file)) {
                err.println("no such backup file: " + file.toAbsolutePath());
                return 1;
            }
            if (!restore && Files.exists(file) && !force) {
                err.println(file.toAbsolutePath() + " exists; choose another name or add --force / 文件已存在");
                return 1;
            }
            try (Database database = StringUtils.hasText(url)
                    ? Database.external(url, environment.getProperty("spring.datasource.username"),
                            environment.getProperty("spring.datasource.password"))
                    : Database.embedded(hazwatch.dataDir(), !restore, !restore)) {
                if (restore) {
                    new Restore(database, hazwatch.dataDir(), pgBin, out).readFrom(file, force);
                } else {
                    new Backup(database, hazwatch.dataDir(), pgBin, out).writeTo(file);
                }
            }
            return 0;
        } catch (Exception e) {
            err.println((command.equals("restore") ? "恢复失败 / restore failed: " : "备份失败 / backup failed: ")
                    + e.getMessage());
            return 1;
        }
    }

    /** Only the settings: bound as the platform binds them. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HazwatchProperties.class)
    static class Settings {
    }
}
