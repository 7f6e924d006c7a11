package org.hazwatch.platform.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Skips the class when Chromium is missing, hands each test a fresh {@link Browser} on the application's port, and
 * saves a screenshot and quits the browser after each test.
 */
class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<Chromium> chromium = Chromium.find();
        Assumptions.assumeTrue(chromium.isPresent(),
                "Chromium/chromedriver not found (apt-get install chromium chromium-driver) — browser tests skipped");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        Browser browser = Browser.start(Chromium.find().orElseThrow(), "http://localhost:" + port);
        context.getStore(NAMESPACE).put("browser", browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser == null) {
            return;
        }
        try {
            Path target = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png");
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.quit();
        }
    }
}
