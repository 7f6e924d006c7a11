package org.hazwatch.platform.web.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the platform under test, with the few steps the browser tests share: open a page,
 * log in through the form as a demo user, wait for something to appear.
 */
public final class Browser {

    /** Every demo login's password (README, "Demo logins"). */
    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser start(Chromium chromium, String baseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--window-size=1440,900", "--disable-extensions", "--no-first-run");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, baseUrl);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The platform's address, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the platform ({@code /}, {@code /screen}, …). */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Logs in through the login form and waits until the browser has left it. */
    public Browser logIn(String username) {
        return logIn(username, DEMO_PASSWORD);
    }

    public Browser logIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Waits (up to {@link #WAIT}) until the element is present in the page and returns it. */
    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits (up to {@link #WAIT}) until the element is visible and returns it. */
    public WebElement waitForVisible(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits (up to {@link #WAIT}) until the condition gives a value other than null or false. */
    public <T> T until(Function<WebDriver, T> condition) {
        // live updates swap parts of the page: an element found a moment ago may be gone when read, so try again
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /**
     * Sets a filing form's period two days ahead, so the filing a browser test submits covers nothing while the other
     * tests of the same context run (a filing in force makes the enterprise's points "停用（报备）").
     */
    public void fileAheadOfNow() {
        LocalDateTime from = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        script("document.getElementById('from').value = arguments[0];"
                + "document.getElementById('until').value = arguments[1];", from.toString(), from.plusHours(2).toString());
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void quit() {
        driver.quit();
    }
}
