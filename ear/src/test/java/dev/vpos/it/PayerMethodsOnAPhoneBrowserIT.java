package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #18's done criterion for the method types the payer completes off our card form: on a 375 px Chromium, in
 * Arabic (right to left) and in Turkish, the payer pays with myPOS (the card typed on myPOS's page and kept with
 * consent, then the next payment with the saved card alone), with Stripe (the card into Stripe.js on our card page)
 * and with PayMaster (the card on PayMaster's page), and lands on our result page each time. What is asserted is the
 * money: the collection approved for the amount, and one approved sale of that amount in the simulated provider's
 * own ledger. (EST's card form and 2Checkout on a phone in both languages are in {@link PayerPageBrowserIT}.)
 */
class PayerMethodsOnAPhoneBrowserIT {

    private static final String RETURN_URL = "http://portal.example/payer/methods";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar-SA,ar,rtl,4000056655665556,5556", "tr-TR,tr,ltr,5200828282828210,8210"})
    void aPayerKeepsTheCardAtMyPosAndPaysTheNextTimeWithTheSavedCard(
            String locale, String language, String direction, String pan, String last4) {
        long company = Sales.demoCompanyId();
        String first = session(company, "83.00");
        String second = session(company, "84.50");
        try (Browser payer = phone(locale + "," + language)) {
            open(payer, first);
            assertEquals(language, payer.lang());
            assertEquals(direction, payer.dir());
            long mypos = choose(payer, "MYPOS");
            assertTrue(payer.driver.findElements(By.id("cardNumber")).isEmpty(), "myPOS takes the card on its page");
            fitsThePhone(payer);
            payer.driver.findElement(By.id("saveCard")).click();
            payer.driver.findElement(By.id("pay")).click();

            // myPOS's checkout page (the simulator's): the shop asked to keep the card, the payer agreed on our page
            payer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cvc")));
            assertTrue(payer.driver.getCurrentUrl().contains("/bank-simulator/mypos/"), payer.driver.getCurrentUrl());
            assertTrue(payer.driver.findElement(By.id("storeCard")).isSelected());
            payer.type("holder", "Ayse Yilmaz");
            payer.type("cardNumber", pan);
            payer.type("expiry", "12/30");
            payer.type("cvc", "123");
            payer.driver.findElement(By.id("pay")).click();
            assertEquals("approved", awaitOutcome(payer));
            assertOnOurResultPage(payer, first, language, direction);
            paidAtTheProvider(first, mypos, "MYPOS", "83.00");

            // the next payment: the saved card is offered first and pays without the card being typed again
            long card = savedCard(company, last4);
            open(payer, second);
            assertEquals(mypos, choose(payer, "MYPOS"));
            By saved = By.id("pay-saved-" + card);
            payer.wait.until(ExpectedConditions.visibilityOfElementLocated(saved));
            assertTrue(
                    Browser.plain(payer.driver.findElement(saved).getText()).contains(last4),
                    payer.driver.findElement(saved).getText());
            fitsThePhone(payer);
            // the saved card's panel (its pay and delete buttons, the consent box) named and legible, in both languages
            assertEquals(List.of(), Wcag.namelessControls(payer), "every control has a name");
            assertEquals(List.of(), Wcag.lowContrast(payer), "every text meets AA contrast");
            payer.driver.findElement(saved).click();
            assertEquals("approved", awaitOutcome(payer));
            assertOnOurResultPage(payer, second, language, direction);
            paidAtTheProvider(second, mypos, "MYPOS", "84.50");
        }
        assertEquals(
                204,
                TestServer.send(TestServer.request(savedCardsPath(company) + "/" + savedCard(company, last4), "finance")
                                .DELETE()
                                .build())
                        .status(),
                "the test's card is removed again");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar-SA,ar,rtl", "tr-TR,tr,ltr"})
    void aPayerPaysWithStripeOnOurStripeCardPage(String locale, String language, String direction)
            throws InterruptedException {
        long company = Sales.demoCompanyId();
        StripePayer.awaitWebhookEndpoint(StripePayer.demoStripeDefinition(company));
        // the portal chose the language; the browser prefers English: the Stripe page follows the page, not the browser
        String session = session(company, "91.40", locale);
        long stripe;
        try (Browser payer = phone("en-US,en")) {
            open(payer, session);
            assertEquals(language, payer.lang());
            stripe = choose(payer, "STRIPE");
            assertTrue(payer.driver.findElements(By.id("cardNumber")).isEmpty(), "Stripe takes the card");
            fitsThePhone(payer);
            payer.driver.findElement(By.id("pay")).click();

            // our card page with Stripe.js's fields, in the payer's language
            payer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stripe-card-number")));
            assertEquals(language, payer.lang(), "the Stripe card page speaks the payer's language");
            assertEquals(direction, payer.dir());
            fitsThePhone(payer);
            payer.type("card-holder", "Ayse Yilmaz");
            payer.type("stripe-card-number", "4242 4242 4242 4242");
            payer.type("stripe-card-expiry", "12 / 30");
            payer.type("stripe-card-cvc", "123");
            payer.driver.findElement(By.id("pay")).click();
            assertEquals("approved", awaitOutcome(payer));
            assertOnOurResultPage(payer, session, language, direction);
        }
        paidAtTheProvider(session, stripe, "STRIPE", "91.40");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar-SA,ar,rtl", "tr-TR,tr,ltr"})
    void aPayerPaysWithPayMasterOnItsOwnPage(String locale, String language, String direction) {
        long company = Sales.demoCompanyId();
        String session = session(company, "77.25");
        long paymaster;
        try (Browser payer = phone(locale + "," + language)) {
            open(payer, session);
            paymaster = choose(payer, "PAYMASTER");
            assertTrue(payer.driver.findElements(By.id("cardNumber")).isEmpty(), "PayMaster takes the card");
            fitsThePhone(payer);
            payer.driver.findElement(By.id("pay")).click();

            payer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cvv")));
            assertTrue(payer.driver.getCurrentUrl().contains("/bank-simulator/"), payer.driver.getCurrentUrl());
            payer.driver.findElement(By.id("holder")).clear();
            payer.type("holder", "Ayse Yilmaz");
            payer.type("cardNumber", "4111111111111111");
            payer.type("expiry", "12/30");
            payer.type("cvv", "123");
            payer.driver.findElement(By.id("pay")).click();
            assertEquals("approved", awaitOutcome(payer));
            assertOnOurResultPage(payer, session, language, direction);
        }
        paidAtTheProvider(session, paymaster, "PAYMASTER", "77.25");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** An account payment (BALANCE) of the demo company's first customer; its id. */
    private static String session(long company, String amount) {
        return session(company, amount, null);
    }

    /** The same, in the language the portal chose ({@code locale}), when one is given. */
    private static String session(long company, String amount, String locale) {
        var json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("purpose", "BALANCE")
                .add("reference", "PHONE-" + UUID.randomUUID().toString().substring(0, 8))
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

    /** Chooses the method of the family on the page; its definition's id. */
    private static long choose(Browser browser, String family) {
        By method = By.cssSelector("#methods a[data-family='" + family + "']");
        browser.wait.until(ExpectedConditions.elementToBeClickable(method)).click();
        browser.wait.until(ExpectedConditions.attributeContains(method, "class", "selected"));
        String name = browser.driver
                .findElement(method)
                .findElement(By.className("name"))
                .getText();
        assertTrue(
                browser.text("hosted-note").contains(name),
                "says where the payer goes: " + browser.text("hosted-note"));
        return Long.parseLong(browser.driver.findElement(method).getAttribute("data-id"));
    }

    private static String awaitOutcome(Browser browser) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-title")));
        browser.wait.until(d -> !"unknown".equals(d.findElement(By.id("result")).getAttribute("data-outcome")));
        return browser.driver.findElement(By.id("result")).getAttribute("data-outcome");
    }

    private static void assertOnOurResultPage(Browser browser, String session, String language, String direction) {
        assertTrue(browser.driver.getCurrentUrl().contains("/vpos/pay/" + session), browser.driver.getCurrentUrl());
        assertEquals(language, browser.lang());
        assertEquals(direction, browser.dir());
        assertEquals(
                "ar".equals(language) ? "تمت الموافقة على الدفع" : "Ödeme onaylandı", browser.text("result-title"));
        fitsThePhone(browser);
    }

    private static void fitsThePhone(Browser browser) {
        Number overflow = (Number)
                browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px");
    }

    /**
     * The session is paid: its collection approved for the amount through the family, and the provider's own ledger
     * has exactly one approved sale of that amount for the order.
     */
    private static void paidAtTheProvider(String session, long definition, String family, String amount) {
        JsonObject view = HostedProviders.await(
                () -> TestServer.get(TestServer.API + "/checkout-sessions/" + session, "portal")
                        .json(),
                v -> "PAID".equals(v.getString("state")),
                "session " + session + " paid");
        JsonObject collection = HostedProviders.collection(view.getString("collectionReference"));
        assertEquals("APPROVED", collection.getString("state"), collection.toString());
        assertEquals(definition, collection.getJsonNumber("definitionId").longValue(), collection.toString());
        assertEquals(
                new BigDecimal(amount),
                collection.getJsonNumber("amount").bigDecimalValue().setScale(2));
        List<JsonObject> sales = SimulatedBank.ledger(collection.getString("bankOrderId")).stream()
                .filter(e -> family.equals(e.getString("family")) && "SALE".equals(e.getString("type")))
                .toList();
        assertEquals(1, sales.size(), "one sale at " + family + ": " + sales);
        assertEquals("00", sales.get(0).getString("resultCode"), sales.toString());
        assertEquals(
                new BigDecimal(amount),
                sales.get(0).getJsonNumber("amount").bigDecimalValue().setScale(2),
                sales.toString());
    }

    private static String savedCardsPath(long company) {
        return TestServer.API + "/companies/" + company + "/customer-accounts/" + Sales.firstCustomerAccountId(company)
                + "/saved-cards";
    }

    /** The newest card myPOS keeps for the demo customer ending in these digits (kept once myPOS has notified us). */
    private static long savedCard(long company, String last4) {
        return HostedProviders.await(
                        () -> Json.createReader(
                                        new java.io.StringReader(TestServer.get(savedCardsPath(company), "finance")
                                                .body()))
                                .readArray()
                                .stream()
                                .map(v -> (JsonObject) v)
                                .filter(c -> last4.equals(c.getString("last4")))
                                .mapToLong(c -> c.getJsonNumber("id").longValue())
                                .max(),
                        java.util.OptionalLong::isPresent,
                        "a saved card ending " + last4)
                .getAsLong();
    }
}
