package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One menu on every screen, with the ERP's menu paths, showing only what the user's roles may open; a language
 * chosen in the header is stored for the user and follows them to another browser.
 */
class StaffMenuBrowserIT {

    @ParameterizedTest
    @CsvSource({
        "admin, definitions card-routing return-code-log company-access definition-health alerts batches collect reconciliation",
        "finance, return-code-log batches reconciliation",
        "collector, batches collect",
        "auditor, return-code-log company-access definition-health batches reconciliation"
    })
    void theMenuShowsWhatTheRoleMayOpen(String user, String screens) {
        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", user);
            List<String> shown = browser.driver.findElements(By.cssSelector("#menu .menu-group a")).stream()
                    .map(a -> a.getAttribute("id").substring("nav-".length()))
                    .toList();
            assertEquals(List.of(screens.split(" ")), shown);
            assertEquals(
                    "page",
                    browser.driver.findElement(By.id("nav-batches")).getAttribute("aria-current"),
                    "the current screen is marked");
            assertEquals(
                    "VPOS collections › Financial Accounting › Bank › Credit Card Batches",
                    browser.driver.findElement(By.cssSelector("#app-header h1")).getText());
        }
    }

    @Test
    void aScreenTheRoleMayNotOpenSaysSoInsteadOfFailing() {
        try (Browser browser = Browser.start()) {
            browser.signIn("definitions.html", "collector");
            browser.wait.until(d -> d.findElement(By.id("page-error")).isDisplayed());
            assertEquals("Your role cannot open this screen.", browser.text("page-error"));
            assertTrue(browser.driver.findElements(By.id("nav-definitions")).isEmpty());
            assertTrue(!browser.driver.findElement(By.id("definitions")).isDisplayed());
        }
    }

    @Test
    void aLanguageChosenInTheHeaderIsStoredAndFollowsTheUserToAnotherBrowser() {
        TestServer.send(TestServer.request(TestServer.API + "/me/preferences", "aylin")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"language\":null}"))
                .build());
        try (Browser first = Browser.start()) {
            first.signIn("collect.html", "aylin");
            assertEquals("en", first.lang());
            assertEquals("Browser (English)", selected(first));
            new Select(first.driver.findElement(By.id("language"))).selectByValue("tr");
            first.wait.until(d -> "tr".equals(storedLanguage()));
            first.open("collect.html");
            assertEquals("tr", first.lang());
            assertEquals("ltr", first.dir());
            assertEquals("Türkçe", selected(first));
            assertEquals("Tahsil et", first.text("collect"));
            assertEquals("Kredi Kartı Slipleri › Online Tahsilat", first.text("nav-collect"));
            first.screenshot("tr-collect");

            first.driver.findElement(By.id("sign-out")).click();
            first.wait.until(d -> d.findElements(By.id("sign-in")).size() == 1
                    && "Giriş".equals(d.findElement(By.id("sign-in")).getText()));
        }
        assertEquals("tr", storedLanguage(), "stored for the user");
        try (Browser second = Browser.start()) {
            second.signIn("batches.html", "aylin");
            assertEquals("tr", second.lang(), "another browser, the same user: her language");
            assertEquals("Kredi Kartı Slipleri", second.text("nav-batches"));
            new Select(second.driver.findElement(By.id("language"))).selectByValue("");
            second.wait.until(d -> storedLanguage() == null);
            second.open("batches.html");
            assertEquals("en", second.lang(), "back to the browser's language");
        }
        assertEquals(null, storedLanguage());
    }

    private static String storedLanguage() {
        var me = TestServer.get(TestServer.API + "/me", "aylin").json();
        return me.containsKey("language") && !me.isNull("language") ? me.getString("language") : null;
    }

    private static String selected(Browser browser) {
        WebElement language = browser.driver.findElement(By.id("language"));
        return new Select(language).getFirstSelectedOption().getText();
    }
}
