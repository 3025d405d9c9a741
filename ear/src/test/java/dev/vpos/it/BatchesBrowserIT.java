package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Financial Accounting › Bank › Credit Card Batches in a browser: find a transaction by its bank code; page on by
 * cursor.
 */
class BatchesBrowserIT {

    @Test
    void financeFindsATransactionByItsAuthCodeWithTotals() {
        long company = Sales.demoCompanyId();
        String json = Sales.sale(company, Sales.firstCustomerAccountId(company), "41.20", Sales.APPROVED_CARD, "12/30");
        var sale = TestServer.postJson(
                        TestServer.API + "/collections",
                        "collector",
                        json,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .json();
        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "finance");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            browser.type("q", sale.getString("bankOrderId"));
            browser.driver.findElement(By.id("apply")).click();
            browser.wait.until(
                    d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            String table =
                    browser.driver.findElement(By.cssSelector("#batches tbody")).getText();
            assertTrue(table.contains(sale.getString("authCode")) && table.contains("41.20 TRY"), table);
            String totals = browser.driver.findElement(By.id("totals")).getText();
            assertTrue(totals.startsWith("1 record(s). TRY: 41.20 gross"), totals);
            assertTrue(browser.driver
                    .findElement(By.id("export"))
                    .getAttribute("href")
                    .contains("q=" + sale.getString("bankOrderId")));
        }
    }

    /**
     * "Next" reads the following page after the cursor of the page shown (GET /batches?after=…), not by offset, and
     * "Previous" comes back to the same rows; the pages are those the API gives by offset.
     */
    @Test
    void nextPagesAreReadAfterTheCursorOfThePageBefore() {
        long company = Sales.demoCompanyId();
        long account = Sales.firstCustomerAccountId(company);
        long total = TestServer.get(TestServer.API + "/batches?size=1", "finance")
                .json()
                .getJsonNumber("total")
                .longValue();
        for (long i = total; i < 51; i++) {
            TestServer.postJson(
                    TestServer.API + "/collections",
                    "collector",
                    Sales.sale(company, account, "12.34", Sales.APPROVED_CARD, "12/30"),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        }
        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "finance");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            List<String> first = ids(browser);
            String loaded = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            browser.driver.findElement(By.id("next")).click();
            browser.wait.until(
                    d -> !loaded.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            List<String> second = ids(browser);
            assertFalse(second.isEmpty());
            assertTrue(second.stream().noneMatch(first::contains), "page 2 repeats no row of page 1");
            String last = (String) browser.script("const r = performance.getEntriesByType('resource')"
                    + ".map(e => e.name).filter(n => n.indexOf('api/v1/batches?') >= 0); return r[r.length - 1];");
            assertTrue(last.contains("after="), "page 2 was read after a cursor: " + last);
            String loaded2 = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            browser.driver.findElement(By.id("prev")).click();
            browser.wait.until(
                    d -> !loaded2.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            assertEquals(first, ids(browser), "back on page 1");
        }
    }

    private static List<String> ids(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#batches tbody tr")).stream()
                .map(r -> r.getText())
                .toList();
    }
}
