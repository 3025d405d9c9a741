package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #16: each 3-D model of Akbank, Denizbank InterPos, Tosla, Vakıf Katılım and PosNet V1 (Albaraka) in a real
 * browser (and one 3-D model of each of the first six families), opened with {@code ?method=<definition>}: our hosted page (3D / 3D Pay: the card typed on it; 3D Host: the
 * bank's own card page, with that bank's field names) → the bank's gate, submitted by its script → the bank's ACS
 * password page → the bank's return to our callback → our result page. Paid: APPROVED with the session's amount; a
 * wrong password: DECLINED for the 3-D reason, and our result page says so and offers another try.
 */
class TurkishBanksThreeDsBrowserIT {

    private static final String AMOUNT = "163.20";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "AKBANK,THREE_D",
        "AKBANK,THREE_D_PAY",
        "AKBANK,THREE_D_HOST",
        "INTERPOS,THREE_D",
        "INTERPOS,THREE_D_PAY",
        "INTERPOS,THREE_D_HOST",
        "TOSLA,THREE_D_PAY",
        "TOSLA,THREE_D_HOST",
        "VAKIF_KATILIM,THREE_D",
        "VAKIF_KATILIM,THREE_D_HOST",
        "POSNET_V1,THREE_D",
        // the first six families' 3-D pages, in a browser too (KuveytTürk's and PayFlex's answer pages post themselves
        // from an onload handler, which the payment page's policy must allow by its hash)
        "EST,THREE_D",
        "GARANTI,THREE_D_PAY",
        "POSNET,THREE_D",
        "PAYFOR,THREE_D",
        "KUVEYT_TURK,THREE_D",
        "PAYFLEX,THREE_D"
    })
    void aPayerPaysThroughTheBanksPagesAndComesBackPaid(String family, String model) {
        long company = ThreeDsCheckoutIT.demo2();
        long method = FamilyOperationsIT.definition(company, family, model, true);
        String session = ThreeDsCheckoutIT.openSession(company, AMOUNT);
        try (Browser browser = Browser.start()) {
            toPasswordPage(browser, session, method, family, model);
            password(browser, family, "123456");
            assertEquals("approved", result(browser));
            assertEquals("Payment approved", browser.text("result-title"));
        }
        JsonObject s = ThreeDsCheckoutIT.session(session);
        assertEquals("APPROVED", s.getString("collectionState"), s.toString());
        JsonObject collection = collection(s);
        assertEquals("APPROVED", collection.getString("state"), collection.toString());
        assertEquals(
                AMOUNT,
                collection.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString(),
                collection.toString());
    }

    /** One model per family, both kinds of page among them: the bank's card page (3D Host) and ours. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "AKBANK,THREE_D_PAY",
        "INTERPOS,THREE_D_HOST",
        "TOSLA,THREE_D_HOST",
        "VAKIF_KATILIM,THREE_D",
        "POSNET_V1,THREE_D"
    })
    void aWrongPasswordIsDeclinedAndThePayerIsToldSo(String family, String model) {
        long company = ThreeDsCheckoutIT.demo2();
        long method = FamilyOperationsIT.definition(company, family, model, true);
        String session = ThreeDsCheckoutIT.openSession(company, AMOUNT);
        try (Browser browser = Browser.start()) {
            toPasswordPage(browser, session, method, family, model);
            password(browser, family, "000000");
            assertEquals("declined", result(browser));
            assertEquals("Payment declined", browser.text("result-title"));
            assertTrue(
                    browser.driver.findElement(By.id("retry")).isDisplayed(),
                    "a payer declined at the 3-D step may try again");
        }
        JsonObject s = ThreeDsCheckoutIT.session(session);
        JsonObject collection = collection(s);
        assertEquals("DECLINED", collection.getString("state"), collection.toString());
        assertEquals("THREE_D_AUTHENTICATION_FAILED", collection.getString("reason"), collection.toString());
    }

    /** Our page with the definition named → (3D Host: the bank's card page) → the bank's ACS password page. */
    private static void toPasswordPage(Browser browser, String session, long method, String family, String model) {
        browser.driver.get(TestServer.BASE + "/vpos/pay/" + session + "?method=" + method);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
        boolean host = "THREE_D_HOST".equals(model);
        if (!host) {
            browser.type("holder", "Ayse Yilmaz");
            browser.type("cardNumber", Sales.APPROVED_CARD);
            browser.type("expiry", "12/30");
            browser.type("cvv", "123");
        }
        browser.driver.findElement(By.id("pay")).click();
        if (host) {
            bankCardPage(browser, family);
        }
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(otpField(family))));
    }

    /** The bank's own card page of 3D Host: the payer types the card there, in that bank's fields. */
    private static void bankCardPage(Browser browser, String family) {
        String pan = switch (family) {
            case "INTERPOS" -> "Pan";
            default -> "CardNumber";
        };
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(pan)));
        assertTrue(
                browser.driver.findElements(By.id("cardNumber")).isEmpty(),
                "the bank's page, not ours: " + browser.driver.getCurrentUrl());
        field(browser, "CardHolderName", "Ayse Yilmaz");
        field(browser, pan, Sales.APPROVED_CARD);
        switch (family) {
            case "AKBANK", "TOSLA" -> {
                field(browser, "Expiry", "1230");
                field(browser, "Cvv", "123");
            }
            case "INTERPOS" -> {
                field(browser, "Expiry", "1230");
                field(browser, "Cvv2", "123");
            }
            case "VAKIF_KATILIM" -> {
                field(browser, "CardExpireDateMonth", "12");
                field(browser, "CardExpireDateYear", "30");
                field(browser, "CardCVV2", "123");
            }
            default -> throw new IllegalArgumentException(family + " has no 3D Host card page");
        }
        browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private static String otpField(String family) {
        return switch (family) {
            case "VAKIF_KATILIM", "EST", "GARANTI", "POSNET", "KUVEYT_TURK", "PAYFLEX" -> "otp";
            default -> "Otp";
        };
    }

    /** The ACS page: the password typed and confirmed (its first button; the second cancels). */
    private static void password(Browser browser, String family, String otp) {
        field(browser, otpField(family), otp);
        // the first button of the password's form (PosNet's buttons submit without saying type="submit")
        browser.driver
                .findElement(By.xpath("//input[@name='" + otpField(family) + "']/ancestor::form//button"))
                .click();
    }

    private static void field(Browser browser, String name, String value) {
        var input = browser.driver.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    /** The bank's return came to our callback, which sent the payer on to our result page: its outcome. */
    private static String result(Browser browser) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-title")));
        assertTrue(browser.driver.getCurrentUrl().contains("view=result"), browser.driver.getCurrentUrl());
        return browser.driver.findElement(By.id("result")).getAttribute("data-outcome");
    }

    private static JsonObject collection(JsonObject session) {
        return TestServer.get(TestServer.API + "/collections/" + session.getString("collectionReference"), "finance")
                .json();
    }
}
