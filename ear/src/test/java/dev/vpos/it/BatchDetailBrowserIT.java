package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Credit Card Batches in a browser: a row opens the record with its history and bank interactions; finance cancels
 * it after a confirmation step and sees the new state in the record and in the list; a collector sees no cancel.
 */
class BatchDetailBrowserIT {

    @Test
    void financeOpensARowCancelsItAndSeesTheStateChange() {
        long company = Sales.demoCompanyId();
        JsonObject sale = TestServer.postJson(
                        TestServer.API + "/collections",
                        "collector",
                        Sales.sale(
                                company, Sales.firstCustomerAccountId(company), "57.30", Sales.APPROVED_CARD, "12/30"),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .json();
        String order = sale.getString("bankOrderId");
        long id = TestServer.get(TestServer.API + "/batches?q=" + order, "finance")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "finance");
            find(browser, order);
            assertTrue(
                    browser.driver
                            .findElement(By.id("export-xlsx"))
                            .getAttribute("href")
                            .contains("export.xlsx?q=" + order),
                    "the XLSX link carries the filter");
            browser.docsScreenshot("finance-credit-card-batches");
            open(browser, id);

            assertEquals("APPROVED", text(browser, "detail-state"));
            String history = text(browser, "detail-history");
            assertTrue(
                    history.contains("INITIATED") && history.contains("APPROVED") && history.contains("collector"),
                    history);
            assertTrue(text(browser, "detail-interactions").contains("SALE"), text(browser, "detail-interactions"));
            WebElement start = browser.driver.findElement(By.id("cancel-start"));
            assertTrue(start.isDisplayed(), "finance may cancel");
            start.click();

            WebElement amount = browser.driver.findElement(By.id("cancel-amount"));
            assertEquals("57.30", amount.getAttribute("value"), "prefilled with what is left");
            assertFalse(browser.driver
                    .findElement(By.id("cancel-explain"))
                    .getText()
                    .isBlank());
            browser.docsScreenshot("finance-cancel");
            String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            browser.driver.findElement(By.id("cancel-confirm")).click();
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-cancelled") != null);
            browser.wait.until(
                    d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            browser.wait.until(
                    d -> !"APPROVED".equals(d.findElement(By.id("detail-state")).getText()));

            String result = text(browser, "cancel-result");
            assertTrue(result.contains("APPROVED") && result.contains("57.30"), result);
            String state = text(browser, "detail-state");
            assertTrue(state.equals("VOIDED") || state.equals("REFUNDED"), state);
            assertTrue(text(browser, "detail-operations").contains(state.equals("VOIDED") ? "VOID" : "REFUND"));
            assertFalse(browser.driver.findElement(By.id("cancel-box")).isDisplayed(), "nothing left to cancel");
            String row = browser.driver.findElement(By.id("batch-" + id)).getText();
            assertTrue(row.contains(state), "the list shows the new state: " + row);
        }
    }

    @Test
    void aCollectorOpensTheRecordButIsOfferedNoCancel() {
        long company = Sales.demoCompanyId();
        JsonObject sale = TestServer.postJson(
                        TestServer.API + "/collections",
                        "collector",
                        Sales.sale(
                                company, Sales.firstCustomerAccountId(company), "18.90", Sales.APPROVED_CARD, "12/30"),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .json();
        String order = sale.getString("bankOrderId");
        long id = TestServer.get(TestServer.API + "/batches?q=" + order, "finance")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "collector");
            find(browser, order);
            open(browser, id);
            assertEquals("APPROVED", text(browser, "detail-state"));
            assertFalse(browser.driver.findElement(By.id("cancel-box")).isDisplayed());
            assertTrue(browser.driver.findElement(By.id("detail-no-log")).isDisplayed());
        }
    }

    private static void find(Browser browser, String order) {
        browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
        browser.type("q", order);
        browser.driver.findElement(By.id("apply")).click();
        browser.wait.until(d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
    }

    private static void open(Browser browser, long id) {
        browser.driver.findElement(By.id("batch-" + id)).click();
        browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-detail") != null
                && d.findElement(By.id("detail")).isDisplayed());
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }
}
