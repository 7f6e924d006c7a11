package org.hazwatch.platform.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Chromium and its driver are: {@code CHROME_BIN} and {@code CHROMEDRIVER} when set, else Debian's
 * {@code chromium} and {@code chromium-driver} packages.
 */
record Chromium(Path browser, Path driver) {

    static Optional<Chromium> find() {
        Optional<Path> browser = executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> driver = executable("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new Chromium(browser.get(), driver.get())) : Optional.empty();
    }

    private static Optional<Path> executable(String variable, String... defaults) {
        String set = System.getenv(variable);
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set)).filter(Files::isExecutable);
        }
        return Stream.of(defaults).map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
