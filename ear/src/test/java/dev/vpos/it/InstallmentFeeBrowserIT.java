package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The payer's installment table on a phone when the definition passes the commission of 3 installments on to the
 * payer: per month, the total and the installment fee ("vade farkı") per count, in Turkish; paid in 3, the card is
 * charged the invoice + the fee.
 */
class InstallmentFeeBrowserIT {

    private static String cell(Browser browser, int row, int column) {
        return browser.driver
                .findElement(
                        By.cssSelector("#installments tbody tr:nth-child(" + row + ") td:nth-child(" + column + ")"))
                .getText();
    }

    @Test
    void theTableShowsTheFeeOfTheCountsPassedOnAndThePayerIsChargedIt() {
        long company = InstallmentCommissionToPayerIT.demo2();
        long account = Sales.firstCustomerAccountId(company);
        long method = InstallmentCommissionToPayerIT.definition(company);
        String path = InstallmentCommissionToPayerIT.session(company, account, "VDF-2026-0002", "tr");
        try (Browser browser = Browser.start("tr-TR,tr")) {
            browser.resize(375, 812);
            browser.driver.get(TestServer.BASE + path + "?method=" + method);
            browser.wait.until(
                    d -> !String.valueOf(d.findElement(By.tagName("html")).getAttribute("class"))
                            .contains("loading"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("installments")));
            WebElement feeColumn = browser.driver.findElement(By.id("installments-surcharge-col"));
            assertTrue(feeColumn.isDisplayed(), "a fee column when a count passes its commission on");
            assertEquals("Vade farkı", feeColumn.getText());
            // single payment: the merchant keeps the commission
            assertTrue(cell(browser, 1, 3).contains("1.000,00"), cell(browser, 1, 3));
            assertEquals("yok", cell(browser, 1, 4));
            // 3 installments: (1000.00 + 0.25) / 0.975 → 1025.90, 341.97 a month, 25.90 above the invoice
            assertTrue(cell(browser, 2, 2).contains("341,97"), cell(browser, 2, 2));
            assertTrue(cell(browser, 2, 3).contains("1.025,90"), cell(browser, 2, 3));
            assertTrue(
                    cell(browser, 2, 4).startsWith("+") && cell(browser, 2, 4).contains("25,90"), cell(browser, 2, 4));

            browser.type("holder", "Ayşe Yılmaz");
            browser.type("cardNumber", Sales.APPROVED_CARD);
            browser.type("expiry", "1230");
            browser.type("cvv", "123");
            browser.driver
                    .findElement(By.cssSelector("#installments input[name=installments][value='3']"))
                    .click();
            browser.driver.findElement(By.id("pay")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-title")));
            assertEquals("approved", browser.driver.findElement(By.id("result")).getAttribute("data-outcome"));
        }
        String sessionId = path.substring(path.lastIndexOf('/') + 1);
        JsonObject s = TestServer.get(TestServer.API + "/checkout-sessions/" + sessionId, "portal")
                .json();
        JsonObject collection = FollowUps.collection(s.getString("collectionReference"));
        assertEquals(
                0,
                new java.math.BigDecimal("1025.90")
                        .compareTo(collection.getJsonNumber("amount").bigDecimalValue()));
        assertEquals(
                0,
                new java.math.BigDecimal("25.90")
                        .compareTo(collection.getJsonNumber("surcharge").bigDecimalValue()));
        assertFalse(
                TestServer.get(
                                TestServer.API + "/companies/" + company + "/customer-accounts/" + account
                                        + "/open-documents",
                                "collector")
                        .body()
                        .contains("VDF-2026-0002"),
                "the invoice is settled by its 1000.00");
    }
}
