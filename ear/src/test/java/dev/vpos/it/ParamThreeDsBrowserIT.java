package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Param's 3D model in a real browser: our hosted page → the bank's page Param returned in {@code UCD_HTML} (shown as it
 * is, its auto-submitting script allowed by the page's Content-Security-Policy hash) → the ACS password page → the
 * callback → back to the portal, paid; and 3D Pay ({@code Pos_Odeme}): our page → our GET form to the bank's
 * {@code UCD_URL} → the bank's password page → the {@code TURKPOS_RETVAL_*} post → paid, confirmed by the bank's status.
 * 3D Host: our page → Param's shared payment page (the card typed there) → the password page → the same post. A wrong
 * password ends DECLINED in each.
 */
class ParamThreeDsBrowserIT {

    private static final String RETURN_URL = "http://portal.example/back";

    private static long demo2() {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            JsonArray companies = reader.readArray();
            return companies.stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> "DEMO2".equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    private static String openSession(long company) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("purpose", "BALANCE")
                .add("reference", "ACCOUNT " + UUID.randomUUID().toString().substring(0, 8))
                .add("amount", "175.00")
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL)
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"THREE_D", "THREE_D_PAY", "THREE_D_HOST"})
    void aPayerPassesParamsThreeDPagesInABrowserAndComesBackPaid(String model) {
        long company = demo2();
        FamilyOperationsIT.definition(company, "PARAM", model, true);
        String session = openSession(company);
        try (Browser browser = Browser.start()) {
            pay(browser, session, model, "123456");
            // the ACS page's script posts the callback; our callback sends the payer back to the portal (a host the
            // test browser cannot reach, so the session's state is read through the API)
            browser.wait.until(d -> "APPROVED".equals(state(session)));
            assertTrue(
                    !browser.driver.getCurrentUrl().contains("/param/")
                            || browser.driver.getCurrentUrl().contains("status="),
                    browser.driver.getCurrentUrl());
        }
        assertEquals("APPROVED", state(session));

        String wrong = openSession(company);
        try (Browser browser = Browser.start()) {
            pay(browser, wrong, model, "000000");
            browser.wait.until(d -> "DECLINED".equals(state(wrong)));
        }
        assertEquals("DECLINED", state(wrong));
    }

    /**
     * Our page (the card typed there for 3D and 3D Pay; for 3D Host only the pay button), the bank's pages (3D: its
     * {@code UCD_HTML}; 3D Pay and 3D Host: our GET form to its page; 3D Host: the card typed on Param's page), the
     * password.
     */
    private static void pay(Browser browser, String session, String model, String otp) {
        browser.driver.get(TestServer.BASE + "/vpos/pay/" + session);
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
            // Param's shared payment page: the payer types the card there, never on ours
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("expiryMonth")));
            browser.driver.findElement(By.name("holder")).sendKeys("Ayse Yilmaz");
            browser.driver.findElement(By.name("cardNumber")).sendKeys(Sales.APPROVED_CARD);
            browser.driver.findElement(By.name("expiryMonth")).sendKeys("12");
            browser.driver.findElement(By.name("expiryYear")).sendKeys("30");
            browser.driver.findElement(By.name("cvv")).sendKeys("123");
            browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
        }
        // the bank's page took the payer on to the ACS: the password page is shown
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("otp")));
        browser.driver.findElement(By.name("otp")).sendKeys(otp);
        browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private static String state(String session) {
        JsonObject s = TestServer.get(TestServer.API + "/checkout-sessions/" + session, "portal")
                .json();
        return s.getString("collectionState", "");
    }
}
