package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Financial Accounting › Bank › Credit Card Batches in a browser: find a transaction by its bank code. */
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
}
