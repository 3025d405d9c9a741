package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser harness: headless Debian Chromium driven from JUnit through chromedriver (both installed by
 * scripts/test). It opens the landing page as a person would, is sent to the login page and signs in.
 */
class LoginBrowserIT {

    private static final String CHROMIUM = System.getProperty("vpos.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("vpos.test.chromedriver", "/usr/bin/chromedriver");

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium and chromedriver are needed (scripts/test installs them): " + CHROMIUM + ", " + CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("vpos-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void landingPageSendsAStrangerToLoginAndShowsTheUserAfterSigningIn() throws Exception {
        browser.get(TestServer.BASE + "/vpos/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().contains("/vpos/login.html"), browser.getCurrentUrl());

        browser.findElement(By.id("username")).sendKeys("finance");
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORDS.get("finance"));
        browser.findElement(By.id("sign-in")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "finance"));
        assertEquals("(FINANCE)", browser.findElement(By.id("roles")).getText());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#batches tbody tr")));
        Path shot = Path.of("target", "screenshots", "landing-signed-in.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAMessage() {
        browser.manage().deleteAllCookies();
        browser.get(TestServer.BASE + "/vpos/login.html");
        browser.findElement(By.id("username")).sendKeys("finance");
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.id("sign-in")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertEquals("User or password is wrong.", browser.findElement(By.id("message")).getText());
    }
}
