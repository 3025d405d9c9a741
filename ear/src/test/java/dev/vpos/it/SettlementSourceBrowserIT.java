package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Virtual POS Definitions › Settlement files: an admin sets the SFTP source, fetches now and reads the history. */
class SettlementSourceBrowserIT {

    /** An EST merchant only this test uses. */
    private static final String MERCHANT = "700655000800";

    private static Browser browser;

    @BeforeAll
    static void signIn() {
        ReconciliationIT.demo2();
        browser = Browser.start();
        browser.signIn("definitions.html", "admin");
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anAdminSetsTheSftpSourceSeesAFieldRefusedFetchesNowAndReadsTheHistory() {
        long definition = ReconciliationIT.estDefinition(MERCHANT, "SFTPUI", "SFTP800");
        ReconciliationIT.sell(definition, "42.00");
        SettlementFetchIT.dayEnd();
        String code = TestServer.get(
                        TestServer.API + "/companies/" + demo2() + "/vpos-definitions/" + definition, "admin")
                .json()
                .getString("code");

        browser.open("definitions.html");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        new Select(browser.driver.findElement(By.id("company"))).selectByVisibleText("DEMO2 – Demo Lojistik A.Ş.");
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("sftp-" + code)))
                .click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sftp-form")));

        browser.type("s-host", "127.0.0.1");
        browser.type("s-port", SettlementFetchIT.SFTP_PORT);
        browser.type("s-username", "settlement");
        browser.type("s-password", SettlementFetchIT.SIM_PASSWORD);
        browser.type("s-folder", "est/" + MERCHANT);
        browser.type("s-filePattern", "est-settlement-*.csv");
        String proposed = new Select(browser.driver.findElement(By.id("s-mappingId")))
                .getFirstSelectedOption()
                .getText();
        assertTrue(proposed.startsWith("SIM-EST"), "the family's mapping is proposed: " + proposed);
        browser.driver.findElement(By.id("sftp-save")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sftp .field-error")));
        String error =
                browser.driver.findElement(By.cssSelector("#sftp .field-error")).getText();
        assertTrue(error.contains("absolute folder"), error);

        browser.type("s-folder", "/est/" + MERCHANT);
        browser.driver.findElement(By.id("sftp-save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "saved"));
        assertTrue(browser.driver
                .findElements(By.cssSelector("#sftp .field-error"))
                .isEmpty());
        assertFalse(browser.driver.getPageSource().contains(SettlementFetchIT.SIM_PASSWORD), "no password on the page");

        browser.driver.findElement(By.id("sftp-fetch")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "1 file(s) imported"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sftp-history"), "imported"));
        String history = browser.driver.findElement(By.id("sftp-history")).getText();
        assertTrue(history.contains("est-settlement-" + ReconciliationIT.today() + ".csv"), history);
        assertTrue(history.contains("fetch now"), history);
        assertTrue(browser.driver.findElement(By.id("sftp-state")).getText().contains("SHA256:"));
        browser.screenshot("definitions-settlement-source");
    }

    private static long demo2() {
        return ReconciliationIT.array(
                        TestServer.get(TestServer.API + "/companies", "admin").body())
                .stream()
                .map(v -> (jakarta.json.JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
