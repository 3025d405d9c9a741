package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * VakıfBank Common Payment's two 3-D models in a real browser: our hosted page → (3D Pay: the card typed on our page
 * and registered server to server; 3D Host: the bank's own card page) → the bank's ACS password page → the payer's
 * return to our callback, confirmed by the bank's inquiry → the portal, paid.
 */
class PayFlexCpThreeDsBrowserIT {

    @ParameterizedTest
    @ValueSource(strings = {"THREE_D_PAY", "THREE_D_HOST"})
    void aPayerPaysOnVakifbanksCommonPaymentPagesAndComesBackPaid(String model) {
        long company = ThreeDsCheckoutIT.demo2();
        FamilyOperationsIT.definition(company, "PAYFLEX_CP", model, true);
        String session = ThreeDsCheckoutIT.openSession(company, "175.00");
        try (Browser browser = Browser.start()) {
            browser.driver.get(TestServer.BASE + "/vpos/pay/" + session);
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
            if ("THREE_D_PAY".equals(model)) {
                browser.type("holder", "Ayse Yilmaz");
                browser.type("cardNumber", Sales.APPROVED_CARD);
                browser.type("expiry", "12/30");
                browser.type("cvv", "123");
            }
            browser.driver.findElement(By.id("pay")).click();
            if ("THREE_D_HOST".equals(model)) {
                // the bank's card page: the payer types the card there, never on ours
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("Pan")));
                browser.driver.findElement(By.name("CardHoldersName")).sendKeys("Ayse Yilmaz");
                browser.driver.findElement(By.name("Pan")).sendKeys(Sales.APPROVED_CARD);
                browser.driver.findElement(By.name("ExpireMonth")).sendKeys("12");
                browser.driver.findElement(By.name("ExpireYear")).sendKeys("2030");
                browser.driver.findElement(By.name("Cvv")).sendKeys("123");
                browser.driver
                        .findElement(By.cssSelector("button[type='submit']"))
                        .click();
            }
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("Otp")));
            browser.driver.findElement(By.name("Otp")).sendKeys("123456");
            browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
            // the bank's page posts the return to our callback, which sends the payer on to the portal (a host the
            // test browser cannot reach, so the session's state is read through the API)
            browser.wait.until(d -> "APPROVED".equals(state(session)));
        }
        assertEquals("APPROVED", state(session));
    }

    private static String state(String session) {
        JsonObject s = ThreeDsCheckoutIT.session(session);
        return s.getString("collectionState", "");
    }
}
