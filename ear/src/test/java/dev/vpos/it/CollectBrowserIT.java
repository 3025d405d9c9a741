package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Financial Accounting › Bank › Credit Card Batches › Online Collection, as accounting staff take a phone order. */
class CollectBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void signIn() {
        browser = Browser.start();
        browser.signIn("collect.html", "collector");
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshForm() {
        browser.driver.get(TestServer.BASE + "/vpos/collect.html");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static String result() {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        browser.wait.until(d -> !d.findElement(By.id("result")).getText().isBlank());
        return browser.driver.findElement(By.id("result")).getText();
    }

    @Test
    void aPhoneOrderIsKeyedInWithTheKeyboardOnlyAndPaysTheInvoice() {
        var company = browser.driver.findElement(By.id("company"));
        company.sendKeys(Keys.TAB);
        var active = browser.driver.switchTo().activeElement();
        active.sendKeys("C001", Keys.TAB);
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#document option")).size() > 1);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.wait.until(
                d -> !d.findElement(By.id("amount")).getAttribute("value").isBlank());
        String amount = browser.driver.findElement(By.id("amount")).getAttribute("value");
        browser.driver
                .switchTo()
                .activeElement()
                .sendKeys(
                        Keys.TAB,
                        Keys.TAB,
                        Keys.TAB,
                        Sales.APPROVED_CARD,
                        Keys.TAB,
                        "12/30",
                        Keys.TAB,
                        "123",
                        Keys.TAB,
                        "Ayse Yilmaz");
        browser.wait.until(d -> d.findElement(By.id("quote")).getText().contains("commission"));
        assertTrue(browser.driver.findElement(By.id("card-brand")).getText().contains("Visa"));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        String text = result();
        assertTrue(text.startsWith("Approved – auth code"), text);
        assertTrue(text.contains(amount), text + " for " + amount);
        browser.screenshot("collect-approved");
        browser.docsScreenshot("collector-online-collection");
    }

    @Test
    void aDeclineShowsTheBanksReasonInPlainWords() {
        fill("C002", "25.00", Sales.INSUFFICIENT_FUNDS_CARD, "12/30", "123");
        // the quote comes in after the card is typed and moves the button down: click once the form has settled
        browser.wait.until(d -> d.findElement(By.id("quote")).getText().contains("commission"));
        browser.driver.findElement(By.id("collect")).click();
        String text = result();
        assertTrue(text.startsWith("Declined: Insufficient funds"), text);
        assertTrue(browser.driver.findElement(By.id("collect")).isEnabled(), "a declined payment can be tried again");
    }

    @Test
    void aBadFieldIsShownNextToItAndNothingIsCharged() {
        fill("C002", "25.00", Sales.APPROVED_CARD, "13/99", "123");
        browser.driver.findElement(By.id("collect")).click();
        browser.wait.until(d -> !d.findElement(By.cssSelector(".field-error[data-for='expiry']"))
                .getText()
                .isBlank());
        fill("C002", "25.00", "4355084355084359", "12/30", "123");
        browser.driver.findElement(By.id("collect")).click();
        browser.wait.until(d -> d.findElement(By.cssSelector(".field-error[data-for='cardNumber']"))
                .getText()
                .contains("not valid"));
    }

    @Test
    void aDoubleClickChargesOnce() {
        // 37.10 to 37.39: clear of the simulator's magic minor units (05, 41, 51, 54), which decline.
        String amount = "37." + (10 + System.nanoTime() % 30);
        fill("C002", amount, Sales.APPROVED_CARD, "12/30", "123");
        ((JavascriptExecutor) browser.driver)
                .executeScript("const b = document.getElementById('collect'); b.click(); b.click();");
        assertTrue(result().startsWith("Approved"), result());
        JsonObject page =
                TestServer.get(TestServer.API + "/batches?size=500", "finance").json();
        long charged = page.getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(b -> b.getJsonNumber("amount")
                        .bigDecimalValue()
                        .toPlainString()
                        .equals(amount))
                .count();
        assertEquals(1, charged, "one batch record for amount " + amount);
    }

    private static void fill(String customer, String amount, String card, String expiry, String cvv) {
        browser.type("customer-search", customer);
        browser.driver.findElement(By.id("customer-search")).sendKeys(Keys.TAB);
        browser.type("amount", amount);
        browser.type("card-number", card);
        browser.type("card-expiry", expiry);
        browser.type("card-cvv", cvv);
    }
}
