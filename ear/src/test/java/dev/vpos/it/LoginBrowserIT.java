package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The landing page in a real browser: a stranger is sent to the login page; after signing in the user is shown. */
class LoginBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void landingPageSendsAStrangerToLoginAndShowsTheUserAfterSigningIn() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(TestServer.BASE + "/vpos/");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.driver.getCurrentUrl().contains("/vpos/login.html"), browser.driver.getCurrentUrl());

        browser.signIn("", "finance");

        assertEquals("(FINANCE)", browser.driver.findElement(By.id("roles")).getText());
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#batches tbody tr")));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attention-section")));
        browser.screenshot("landing-signed-in");
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAMessage() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(TestServer.BASE + "/vpos/login.html");
        browser.driver.findElement(By.id("username")).sendKeys("finance");
        browser.driver.findElement(By.id("password")).sendKeys("wrong");
        browser.driver.findElement(By.id("sign-in")).click();

        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertEquals(
                "User or password is wrong.",
                browser.driver.findElement(By.id("message")).getText());
    }
}
