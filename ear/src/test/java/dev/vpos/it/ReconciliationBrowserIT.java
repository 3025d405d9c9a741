package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Financial Accounting › Bank › Credit Card Batches › Reconciliation in a browser: a malformed file is refused with
 * its line, the bank's file is imported with a progress bar, the difference is shown, explained, and the day closed.
 */
class ReconciliationBrowserIT {

    private static final String MERCHANT = "700655000500";

    @Test
    void financeImportsTheBanksFileSeesTheDifferenceExplainsItAndClosesTheDay() throws Exception {
        ReconciliationIT.demo2();
        long definition = ReconciliationIT.estDefinition(MERCHANT, "RECONWEB", "RECON500");
        var sale = ReconciliationIT.sell(definition, "64.00");
        var booked = ReconciliationIT.simulator(
                "/control/ledger/book", "{\"family\":\"EST\",\"merchant\":\"" + MERCHANT + "\",\"amount\":\"12.34\"}");
        assertEquals(201, booked.status(), booked.toString());
        String bankOnly = booked.json().getString("orderId");
        String csv = ReconciliationIT.settlementFile("EST", MERCHANT);
        Path good = Files.createTempFile("est-settlement-", ".csv");
        Files.writeString(good, csv, StandardCharsets.UTF_8);
        Path bad = Files.createTempFile("est-settlement-bad-", ".csv");
        Files.writeString(bad, csv.replace(";64,00;", ";64;00;"), StandardCharsets.UTF_8);

        try (Browser browser = Browser.start()) {
            browser.signIn("reconciliation.html", "finance");
            browser.wait.until(
                    d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            new Select(browser.driver.findElement(By.id("definition"))).selectByValue(String.valueOf(definition));
            assertEquals(
                    "SIM-EST",
                    new Select(browser.driver.findElement(By.id("mapping")))
                            .getFirstSelectedOption()
                            .getText()
                            .split(" ")[0],
                    "the family's shipped mapping is proposed");

            browser.driver.findElement(By.id("file")).sendKeys(bad.toString());
            browser.driver.findElement(By.id("import")).click();
            browser.wait.until(d -> d.findElement(By.id("errors")).isDisplayed());
            String errors = browser.driver.findElement(By.id("errors")).getText();
            assertTrue(errors.contains("line 2: 16 fields, the header has 15."), errors);

            browser.driver.findElement(By.id("file")).clear();
            browser.driver.findElement(By.id("file")).sendKeys(good.toString());
            browser.driver.findElement(By.id("import")).click();
            browser.wait.until(
                    d -> d.findElement(By.id("progress-text")).getText().endsWith("done."));
            assertEquals("100", browser.driver.findElement(By.id("progress")).getAttribute("value"));
            browser.wait.until(
                    d -> "1".equals(d.findElement(By.id("day-summary")).getAttribute("data-open")));
            String summary = browser.driver.findElement(By.id("day-summary")).getText();
            assertTrue(summary.startsWith("2 line(s): 1 matched, 0 with a difference, 1 missing in the ERP"), summary);
            String differences = browser.driver
                    .findElement(By.cssSelector("#differences tbody"))
                    .getText();
            assertTrue(
                    differences.contains("Missing in ERP")
                            && differences.contains(bankOnly)
                            && differences.contains("12.34 TRY (0.22)"),
                    differences);
            assertTrue(!differences.contains(sale.getString("bankOrderId")), "the matched sale is no difference");
            assertTrue(
                    !browser.driver.findElement(By.id("close-day")).isEnabled(),
                    "cannot close with an open difference");
            browser.screenshot("reconciliation-difference");

            browser.driver
                    .findElement(By.cssSelector("#differences tbody button[data-action='explain']"))
                    .click();
            browser.wait.until(d -> d.findElement(By.id("action-form")).isDisplayed());
            browser.driver.findElement(By.id("action-save")).click();
            browser.wait.until(
                    d -> !d.findElement(By.id("action-error")).getText().isBlank());
            assertTrue(
                    browser.driver.findElement(By.id("action-error")).getText().startsWith("reason:"));
            browser.type("action-reason", "test booking by the bank, reversed next day");
            browser.driver.findElement(By.id("action-save")).click();
            browser.wait.until(
                    d -> "0".equals(d.findElement(By.id("day-summary")).getAttribute("data-open")));
            assertTrue(browser.driver
                    .findElement(By.cssSelector("#differences tbody"))
                    .getText()
                    .contains("No open differences."));

            browser.driver.findElement(By.id("close-day")).click();
            browser.wait.until(
                    d -> "CLOSED".equals(d.findElement(By.id("day-summary")).getAttribute("data-status")));
            assertTrue(
                    browser.driver.findElement(By.id("day-summary")).getText().contains("Closed by finance"));
            assertTrue(!browser.driver.findElement(By.id("close-day")).isDisplayed());
            new Select(browser.driver.findElement(By.id("diff-filter"))).selectByValue("resolved");
            browser.wait.until(d -> d.findElement(By.cssSelector("#differences tbody"))
                    .getText()
                    .contains("EXPLAINED by finance: test booking by the bank"));
            assertTrue(
                    browser.driver
                            .findElements(By.cssSelector("#differences tbody button"))
                            .isEmpty(),
                    "a closed day offers no actions");
            browser.screenshot("reconciliation-closed");
        }
    }

    @Test
    void anAdminDefinesAMappingAndSeesEachProblemBesideItsField() {
        String code = "UI-" + (System.nanoTime() % 1_000_000);
        try (Browser browser = Browser.start()) {
            browser.signIn("reconciliation.html", "admin");
            browser.wait.until(
                    d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            browser.wait.until(d -> d.findElement(By.id("mappings-section")).isDisplayed());
            assertTrue(browser.driver.findElement(By.id("mappings")).getText().contains("SIM-PAYFLEX"));
            browser.driver.findElement(By.id("new-mapping")).click();
            browser.type("m-code", code);
            browser.type("m-name", "Bank Y day-end file");
            browser.type("m-datePattern", "dd.MM.yyyy");
            browser.type("m-col-date", "Tarih");
            browser.type("m-col-amount", "Tutar");
            browser.driver.findElement(By.id("mapping-save")).click();
            browser.wait.until(d -> !d.findElement(By.cssSelector(".field-error[data-for='col-orderId']"))
                    .getText()
                    .isBlank());
            assertTrue(browser.driver
                    .findElement(By.cssSelector(".field-error[data-for='defaultCurrency']"))
                    .getText()
                    .contains("no currency column"));
            browser.type("m-col-orderId", "SiparisNo");
            browser.type("m-defaultCurrency", "TRY");
            browser.driver.findElement(By.id("mapping-save")).click();
            browser.wait.until(d -> d.findElement(By.id("mappings")).getText().contains(code));
            assertTrue(!browser.driver.findElement(By.id("mapping-form")).isDisplayed());
            assertTrue(
                    browser.driver.findElement(By.id("mapping")).getText().contains(code),
                    "the new mapping can be chosen for an import");
        }
    }
}
