package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The payer's page on a phone-sized Chromium (375 px wide): paid in Arabic (right to left) and in Turkish by keyboard
 * alone with an installment chosen from the table; a decline and an unknown outcome on our result page; the checks
 * done before anything is sent; a hosted provider that says where the payer goes. The demo company's İşbank method
 * (EST, non-3D) against the simulated bank: a balance payment, so that no test needs a document of its own.
 */
class PayerPageBrowserIT {

    private static final String RETURN_URL = "http://portal.example/payer/back";

    /** A balance payment of the demo company's first customer; its id. */
    private static String session(String amount) {
        return session(amount, null);
    }

    private static String session(String amount, String locale) {
        long company = Sales.demoCompanyId();
        var json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("purpose", "BALANCE")
                .add("reference", "PAYER-" + UUID.randomUUID().toString().substring(0, 8))
                .add("amount", amount)
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL);
        if (locale != null) {
            json.add("locale", locale);
        }
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/checkout-sessions", "portal", json.build().toString(), Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    private static JsonObject portalView(String session) {
        return TestServer.get(TestServer.API + "/checkout-sessions/" + session, "portal")
                .json();
    }

    private static Browser phone(String languages) {
        Browser browser = Browser.start(languages);
        browser.resize(375, 812);
        return browser;
    }

    private static void open(Browser browser, String session) {
        browser.driver.get(TestServer.BASE + "/vpos/pay/" + session);
        browser.wait.until(
                d -> !String.valueOf(d.findElement(By.tagName("html")).getAttribute("class"))
                        .contains("loading"));
    }

    private static void typeCard(Browser browser, String number) {
        browser.type("holder", "Ayşe Yılmaz");
        browser.type("cardNumber", number);
        browser.type("expiry", "1230");
        browser.type("cvv", "123");
    }

    private static String awaitResult(Browser browser) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-title")));
        return browser.driver.findElement(By.id("result")).getAttribute("data-outcome");
    }

    /** Nothing on the page is wider than the phone: no sideways scrolling. */
    private static void fitsThePhone(Browser browser) {
        Number overflow = (Number)
                browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px");
    }

    @Test
    void anArabicPayerPaysWithACardOnAPhoneAndSeesTheApprovalBeforeGoingBack() {
        String session = session("125.50");
        try (Browser browser = phone("ar-SA,ar")) {
            open(browser, session);
            assertEquals("rtl", browser.dir());
            assertEquals("ar", browser.lang());
            assertEquals("Demo Ticaret A.Ş.", browser.text("merchant-name"));
            String charged = browser.text("charged");
            assertTrue(charged.startsWith("ادفع") && charged.contains("١٢٥٫٥٠"), charged);
            WebElement chosen = browser.driver.findElement(By.cssSelector("#methods a.method.selected"));
            assertEquals("EST", chosen.getAttribute("data-family"));
            assertTrue(
                    browser.text("card-title")
                            .contains(chosen.findElement(By.className("name")).getText()),
                    "the card form names its method");
            assertEquals(
                    "ltr",
                    (String) browser.script(
                            "return getComputedStyle(arguments[0]).direction;",
                            browser.driver.findElement(By.id("cardNumber"))),
                    "card numbers read left to right");
            fitsThePhone(browser);

            typeCard(browser, Sales.APPROVED_CARD);
            assertEquals(
                    "4355 0843 5508 4358",
                    browser.driver.findElement(By.id("cardNumber")).getAttribute("value"));
            assertEquals("VISA", browser.text("brand"));
            assertEquals("12/30", browser.driver.findElement(By.id("expiry")).getAttribute("value"));
            browser.docsScreenshotAsIs("payer-page-ar-375");
            browser.driver.findElement(By.id("pay")).click();

            assertEquals("approved", awaitResult(browser));
            assertEquals("تمت الموافقة على الدفع", browser.text("result-title"));
            assertTrue(browser.text("result-text").contains("١٢٥٫٥٠"), browser.text("result-text"));
            browser.docsScreenshotAsIs("payer-result-approved-ar-375");
            browser.driver.findElement(By.id("back")).click();
            browser.wait.until(ExpectedConditions.urlContains(RETURN_URL));
            assertTrue(browser.driver.getCurrentUrl().contains("status=PAID"), browser.driver.getCurrentUrl());
        }
        JsonObject after = portalView(session);
        assertEquals("PAID", after.getString("state"));
        assertEquals("APPROVED", after.getString("collectionState"));
        JsonObject collection = TestServer.get(
                        TestServer.API + "/collections/" + after.getString("collectionReference"), "finance")
                .json();
        assertEquals(
                "125.50",
                collection.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("435508******4358", collection.getString("maskedPan"));
    }

    @Test
    void aTurkishPayerPaysByKeyboardAloneInThreeInstallmentsChosenFromTheTable() {
        String session = session("300.00");
        try (Browser browser = phone("tr-TR,tr")) {
            open(browser, session);
            assertEquals("tr", browser.lang());
            assertEquals("ltr", browser.dir());
            assertEquals("₺300,00 öde", browser.text("charged"));
            Actions keys = new Actions(browser.driver);
            // from the top of the page the Tab key reaches the card form without passing anything hidden
            for (int i = 0; i < 15 && !"holder".equals(focused(browser)); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals("holder", focused(browser));
            keys.sendKeys("Ayşe Yılmaz").sendKeys(Keys.TAB).perform();
            assertEquals("cardNumber", focused(browser));
            keys.sendKeys(Sales.APPROVED_CARD).sendKeys(Keys.TAB).perform();
            assertEquals("expiry", focused(browser));
            keys.sendKeys("1230").sendKeys(Keys.TAB).perform();
            assertEquals("cvv", focused(browser));
            keys.sendKeys("123").sendKeys(Keys.TAB).perform();
            assertEquals("installments", browser.script("return document.activeElement.name;"));
            // the installment table: each count with what a month charges and the total
            assertEquals(
                    "₺100,00",
                    browser.driver
                            .findElement(By.cssSelector("#installments tr:nth-child(3) td:nth-child(2)"))
                            .getText());
            keys.sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
            assertEquals("3", browser.script("return document.activeElement.value;"));
            browser.docsScreenshotAsIs("payer-page-tr-375");
            keys.sendKeys(Keys.TAB).perform();
            assertEquals("pay", focused(browser));
            keys.sendKeys(Keys.ENTER).perform();

            assertEquals("approved", awaitResult(browser));
            assertEquals("Ödeme onaylandı", browser.text("result-title"));
            assertEquals("result-title", focused(browser), "the outcome is where the focus goes");
        }
        JsonObject after = portalView(session);
        assertEquals("PAID", after.getString("state"));
        JsonObject collection = TestServer.get(
                        TestServer.API + "/collections/" + after.getString("collectionReference"), "finance")
                .json();
        assertEquals(3, collection.getInt("installments"));
        assertEquals(
                "300.00",
                collection.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
    }

    @Test
    void aDeclineIsExplainedInThePayersWordsAndThePayerMayTryAgain() {
        String session = session("80.00");
        try (Browser browser = phone("en-GB,en")) {
            open(browser, session);
            typeCard(browser, Sales.INSUFFICIENT_FUNDS_CARD);
            browser.driver.findElement(By.id("pay")).click();
            assertEquals("declined", awaitResult(browser));
            assertEquals("Payment declined", browser.text("result-title"));
            assertEquals("Your card does not have enough funds or limit for this amount.", browser.text("result-text"));
            browser.docsScreenshotAsIs("payer-result-declined-en-375");
            browser.driver.findElement(By.id("retry")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cardNumber")));
            typeCard(browser, Sales.APPROVED_CARD);
            browser.driver.findElement(By.id("pay")).click();
            assertEquals("approved", awaitResult(browser));
        }
        JsonObject after = portalView(session);
        assertEquals("PAID", after.getString("state"));
        assertEquals(2, after.getJsonArray("payments").size(), "a decline, then the approval");
        assertEquals("DECLINED", after.getJsonArray("payments").getJsonObject(0).getString("state"));
    }

    @Test
    void anUnknownOutcomeTellsThePayerNotToPayAgain() {
        // the simulated bank answers this amount with an HTTP 500: whether it booked the sale is not known
        String session = session("9999.99");
        try (Browser browser = phone("en-GB,en")) {
            open(browser, session);
            typeCard(browser, Sales.APPROVED_CARD);
            browser.driver.findElement(By.id("pay")).click();
            assertEquals("unknown", awaitResult(browser));
            assertEquals("We are checking with your bank", browser.text("result-title"));
            assertTrue(browser.text("result-text").contains("Do not pay again"), browser.text("result-text"));
            assertTrue(
                    browser.driver
                            .findElements(By.cssSelector("#retry:not([hidden])"))
                            .isEmpty(),
                    "no way to pay again from here");
            browser.docsScreenshotAsIs("payer-result-unknown-en-375");
            // the janitor asks the bank, which never booked it: the page learns it without a reload
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "declined"));
            assertEquals("Payment not made", browser.text("result-title"));
            assertEquals("We could not reach the bank.", browser.text("result-text"));
        }
        assertEquals(
                "NOT_SENT",
                portalView(session).getJsonArray("payments").getJsonObject(0).getString("state"));
    }

    @Test
    void aWrongCardNumberAndAPastExpiryAreShownAtTheFieldsAndNothingIsSent() {
        String session = session("42.00");
        try (Browser browser = phone("en-GB,en")) {
            open(browser, session);
            browser.type("holder", "Ayse Yilmaz");
            browser.type("cardNumber", "4355084355084359");
            browser.type("expiry", "0120");
            browser.type("cvv", "12");
            browser.driver.findElement(By.id("pay")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
            assertEquals("cardNumber", focused(browser), "the first wrong field has the focus");
            assertEquals("true", browser.driver.findElement(By.id("cardNumber")).getAttribute("aria-invalid"));
            assertEquals("This card number is not valid: please check it.", browser.text("cardNumber-error"));
            assertEquals("This card has expired.", browser.text("expiry-error"));
            assertEquals("Enter the 3 digits on the back of the card.", browser.text("cvv-error"));
            assertEquals(
                    "alert", browser.driver.findElement(By.id("form-errors")).getAttribute("role"));
            assertTrue(browser.driver
                    .findElement(By.id("cardNumber"))
                    .getAttribute("aria-describedby")
                    .contains("cardNumber-error"));
        }
        assertEquals(0, portalView(session).getInt("attempts"), "nothing reached us");
    }

    @Test
    void aHostedProviderSaysWhereThePayerGoesAndTakesThemThere() {
        String session = session("60.00");
        try (Browser browser = phone("ar-SA,ar")) {
            open(browser, session);
            By twoCheckout = By.cssSelector("#methods a[data-family='TWOCHECKOUT']");
            String name = browser.driver
                    .findElement(twoCheckout)
                    .findElement(By.className("name"))
                    .getText();
            browser.driver.findElement(twoCheckout).click();
            browser.wait.until(ExpectedConditions.attributeContains(twoCheckout, "class", "selected"));
            assertTrue(browser.driver.findElements(By.id("cardNumber")).isEmpty(), "our page takes no card");
            assertTrue(browser.text("hosted-note").contains(name), browser.text("hosted-note"));
            assertEquals("المتابعة إلى " + name, browser.text("pay"));
            assertTrue(browser.driver.getCurrentUrl().contains("method="), "the choice survives a reload");
            browser.docsScreenshotAsIs("payer-page-hosted-ar-375");
            browser.driver.findElement(By.id("pay")).click();
            browser.wait.until(ExpectedConditions.urlContains("/bank-simulator/"));
            assertFalse(browser.driver.getCurrentUrl().contains("/vpos/"), browser.driver.getCurrentUrl());
        }
    }

    /**
     * Issue #18's done criterion for the hosted method type: on a phone, in Arabic and in Turkish, the payer completes
     * the payment on the provider's own page (2Checkout, simulated) and comes back to our result page, then the shop.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"ar-SA,ar,rtl", "tr-TR,tr,ltr"})
    void aHostedProviderPaymentIsCompletedOnAPhoneAndComesBackToOurResultPage(
            String languages, String language, String direction) {
        String session = session("61.00");
        try (Browser browser = phone(languages + "," + language)) {
            open(browser, session);
            assertEquals(language, browser.lang());
            assertEquals(direction, browser.dir());
            By twoCheckout = By.cssSelector("#methods a[data-family='TWOCHECKOUT']");
            browser.driver.findElement(twoCheckout).click();
            browser.wait.until(ExpectedConditions.attributeContains(twoCheckout, "class", "selected"));
            fitsThePhone(browser);
            browser.driver.findElement(By.id("pay")).click();

            // the provider's page (the simulator), then back through our callback to our result page
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-order")));
            browser.driver.findElement(By.id("holder")).clear();
            browser.type("holder", "Ayse Yilmaz");
            browser.type("cardNumber", "4111111111111111");
            browser.type("expiry", "12/30");
            browser.type("cvv", "123");
            browser.driver.findElement(By.id("place-order")).click();
            browser.wait.until(
                    d -> "approved".equals(d.findElement(By.id("result")).getAttribute("data-outcome")));
            assertTrue(browser.driver.getCurrentUrl().contains("/vpos/pay/" + session), browser.driver.getCurrentUrl());
            fitsThePhone(browser);
            browser.driver.findElement(By.id("back")).click();
            browser.wait.until(ExpectedConditions.urlContains(RETURN_URL));
            assertTrue(browser.driver.getCurrentUrl().contains("status=PAID"), browser.driver.getCurrentUrl());
        }
        assertEquals("PAID", portalView(session).getString("state"));
    }

    @Test
    void theLanguageThePortalChoseWinsOverTheBrowsersAndThePayerMaySwitch() {
        String session = session("64.90", "el-GR");
        try (Browser browser = phone("en-GB,en")) {
            open(browser, session);
            assertEquals("el", browser.lang());
            assertEquals("Πληρωμή 64,90 TRY", browser.text("charged"));
            assertEquals(
                    "Αριθμός κάρτας",
                    browser.driver
                            .findElement(By.cssSelector("label[for='cardNumber']"))
                            .getText());
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("language")))
                    .selectByValue("ru");
            browser.wait.until(d -> "ru".equals(browser.lang()));
            assertEquals("Оплатить 64,90 TRY", browser.text("charged"));
            assertEquals(
                    "Номер карты",
                    browser.driver
                            .findElement(By.cssSelector("label[for='cardNumber']"))
                            .getText());
        }
    }

    private static String focused(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement && document.activeElement.id;"));
    }
}
