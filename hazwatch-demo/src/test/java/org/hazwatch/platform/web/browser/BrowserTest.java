package org.hazwatch.platform.web.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hazwatch.platform.DemoTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Debian's Chromium (headless, through chromium-driver) against the demo platform on its random
 * port. Test methods take a {@link Browser} parameter. Without Chromium and chromedriver the tests are skipped with
 * a message (before the application context starts). Every test leaves a screenshot in
 * {@code target/screenshots/<TestClass>-<test>.png}, passed or failed. Shares the {@link DemoTest} context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
