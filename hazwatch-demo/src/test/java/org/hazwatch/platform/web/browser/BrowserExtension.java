package org.hazwatch.platform.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Skips each test, saying why, when Chromium is missing; hands each test a fresh {@link Browser} on the application's port, and
 * saves a screenshot and quits the browser after each test.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    static final String MISSING =
            "Chromium/chromedriver not found (apt-get install chromium chromium-driver) — browser tests skipped";
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** Each test is skipped with the reason (before any application context starts) when Chromium is missing. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty() || Chromium.find().isPresent()) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        if (!TOLD.getAndSet(true)) {
            System.err.println("[hazwatch] " + MISSING);
        }
        return ConditionEvaluationResult.disabled(MISSING);
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
            browser.script("window.scrollTo(0, 0);");
            Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.quit();
        }
    }
}
