package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser harness: headless Debian Chromium driven through chromedriver (both installed by scripts/test),
 * signing in on the login page as a person would.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("vpos.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("vpos.test.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // screens re-render their tables after each action: re-find elements instead of failing on stale ones;
        // 40 s: on a loaded 2-core machine (other test servers beside the suite's) a page's first answer has taken
        // over 20 s, and a wait that is met returns at once, so only a real failure waits the whole time
        this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(40))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(this::whatTheBrowserShows);
    }

    /**
     * What a failed wait reports besides its condition: the address, the page's visible text and the scripts' console
     * errors, so that a run that fails only in the whole suite can be understood from its report alone.
     */
    private String whatTheBrowserShows() {
        StringBuilder seen = new StringBuilder();
        try {
            seen.append("at ").append(driver.getCurrentUrl());
            String text = driver.findElement(By.tagName("body")).getText();
            seen.append("; the page shows: ")
                    .append(text.length() > 1500 ? text.substring(0, 1500) + "…" : text)
                    .append("; console: ");
            for (org.openqa.selenium.logging.LogEntry e :
                    driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
                seen.append(e.getLevel()).append(' ').append(e.getMessage()).append(" | ");
            }
        } catch (RuntimeException unreadable) {
            seen.append(" (the browser could not be read: ")
                    .append(unreadable.getMessage())
                    .append(')');
        }
        return seen.toString();
    }

    static Browser start() {
        return start("en-US");
    }

    /**
     * A browser whose user prefers these languages (an Accept-Language list such as "ar-SA,ar"): navigator.languages
     * and the Accept-Language header the screens see.
     */
    static Browser start(String languages) {
        assertTrue(
                new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium and chromedriver are needed (scripts/test installs them): " + CHROMIUM + ", " + CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1400,1000",
                    "--lang=" + languages.split(",")[0],
                    "--user-data-dir=" + Files.createTempDirectory("vpos-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // headless Chromium ignores --lang for navigator.languages; the profile's accept-languages sets it
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        // the console's messages, for the report of a failed wait
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens a page of the module; a stranger is sent to the login page first, so sign in there. */
    void signIn(String page, String user) {
        driver.manage().deleteAllCookies();
        driver.get(TestServer.BASE + "/vpos/" + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORDS.get(user));
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), user));
    }

    /** Opens another screen of the signed-in user and waits until it has its texts and header. */
    void open(String page) {
        driver.get(TestServer.BASE + "/vpos/" + page);
        wait.until(d -> d.findElements(By.id("user")).size() == 1
                && !String.valueOf(d.findElement(By.tagName("html")).getAttribute("class"))
                        .contains("loading"));
    }

    void type(String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** The window's size, as a user's screen would have it (1366 × 768 is the smallest laptop staff use). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** The page's text direction and language, as the screens set them on the html element. */
    String dir() {
        return driver.findElement(By.tagName("html")).getAttribute("dir");
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** An element's text as a reader sees it: without the invisible bidi isolates a right-to-left page adds. */
    String text(String id) {
        return plain(driver.findElement(By.id(id)).getText());
    }

    static String plain(String text) {
        return text.replaceAll("[\u2066-\u2069]", "");
    }

    void screenshot(String name) {
        try {
            Path shot = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this run writes the user guide's pictures: {@code -Dvpos.docs.screenshots=true}; normal runs do not. */
    static final boolean DOCS_SCREENSHOTS = Boolean.getBoolean("vpos.docs.screenshots");

    /**
     * A picture for docs/user-guide.md, taken as a 1366 × 768 screen shows the page, written to docs/images/{name}.png
     * only when {@link #DOCS_SCREENSHOTS}: the guide's pictures are made by the tests, so they stay current.
     */
    void docsScreenshot(String name) {
        if (!DOCS_SCREENSHOTS) {
            return;
        }
        Dimension before = driver.manage().window().getSize();
        try {
            resize(1366, 768);
            script("window.scrollTo(0, 0)");
            Path shot = Path.of(System.getProperty("vpos.docs.images", "../docs/images"), name + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Like {@link #docsScreenshot}, at the window's own size (the payer's page is pictured on a 375 px phone). */
    void docsScreenshotAsIs(String name) {
        if (!DOCS_SCREENSHOTS) {
            return;
        }
        try {
            Path shot = Path.of(System.getProperty("vpos.docs.images", "../docs/images"), name + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
