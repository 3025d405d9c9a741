package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Pay-by-link in browsers (issue #18's done criterion): a collector sends a link from the Online Collection screen,
 * the test's SMTP server receives it, and a payer on a phone-sized Chromium (375 px) pays it: in Turkish with a card
 * on our page, and in Arabic and Turkish through the bank's 3-D Secure page, coming back to our result page.
 */
class PaymentLinkBrowserIT {

    @BeforeAll
    static void mailServer() {
        Mailbox.open();
    }

    private static Browser phone(String languages) {
        Browser browser = Browser.start(languages);
        browser.resize(375, 812);
        return browser;
    }

    private static void openLink(Browser browser, String url) {
        browser.driver.get(url);
        browser.wait.until(
                d -> !String.valueOf(d.findElement(By.tagName("html")).getAttribute("class"))
                        .contains("loading"));
    }

    private static String awaitResult(Browser browser) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-title")));
        return browser.driver.findElement(By.id("result")).getAttribute("data-outcome");
    }

    private static void fitsThePhone(Browser browser) {
        Number overflow = (Number)
                browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px");
    }

    private static void typeCard(Browser browser) {
        browser.type("holder", "Ayşe Yılmaz");
        browser.type("cardNumber", Sales.APPROVED_CARD);
        browser.type("expiry", "1230");
        browser.type("cvv", "123");
    }

    @Test
    void aCollectorSendsALinkAndAPayerPaysItOnAPhoneInTurkish() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        String to = PayLinks.address();
        String url;
        try (Browser staff = Browser.start()) {
            staff.signIn("collect.html", "collector");
            staff.wait.until(
                    d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            staff.type("customer-search", "C001");
            staff.driver.findElement(By.id("customer-search")).sendKeys(Keys.TAB);
            staff.wait.until(d -> d.findElements(By.cssSelector("#document option[value='" + invoice.id() + "']"))
                            .size()
                    == 1);
            new Select(staff.driver.findElement(By.id("document"))).selectByValue(String.valueOf(invoice.id()));
            assertEquals(
                    "muhasebe@akdeniz-yapi.example",
                    staff.driver.findElement(By.id("link-email")).getAttribute("value"),
                    "the customer account's address is offered");
            staff.type("link-email", to);
            new Select(staff.driver.findElement(By.id("link-language"))).selectByValue("tr");
            staff.driver.findElement(By.id("send-link")).click();
            staff.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link-url")));
            url = staff.driver.findElement(By.id("link-url")).getAttribute("value");
            assertTrue(staff.text("link-result-text").contains(to), staff.text("link-result-text"));
            By row = By.cssSelector("#links tr[data-link-id]");
            staff.wait.until(
                    d -> d.findElements(row).stream().anyMatch(r -> r.getText().contains(invoice.number())));
            picture(staff);

            MimeMessage mail = Mailbox.await(to, 1, m -> true).get(0);
            assertEquals(url, PayLinks.linkIn(Mailbox.text(mail)), "the link the screen shows is the one mailed");

            try (Browser payer = phone("tr-TR,tr")) {
                openLink(payer, url);
                assertEquals("tr", payer.lang());
                assertEquals("Demo Ticaret A.Ş.", payer.text("merchant-name"));
                assertTrue(payer.text("order").contains(invoice.number()), payer.text("order"));
                assertFalse(payer.driver.findElement(By.id("leave")).isDisplayed(), "a link has no shop to return to");
                fitsThePhone(payer);
                typeCard(payer);
                payer.docsScreenshotAsIs("payer-link-tr-375");
                payer.driver.findElement(By.id("pay")).click();
                assertEquals("approved", awaitResult(payer));
                assertEquals("Ödeme onaylandı", payer.text("result-title"));
                assertFalse(payer.driver.findElement(By.id("back")).isDisplayed(), "no way back to a shop");
            }

            staff.open("collect.html");
            staff.wait.until(d -> d.findElements(row).stream()
                    .anyMatch(r ->
                            r.getText().contains(invoice.number()) && "PAID".equals(r.getAttribute("data-state"))));
        }
        assertFalse(
                TestServer.get(
                                TestServer.API + "/companies/" + PayLinks.company() + "/customer-accounts/"
                                        + PayLinks.customer() + "/open-documents",
                                "collector")
                        .body()
                        .contains("\"" + invoice.number() + "\""),
                "the invoice is settled");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"ar,rtl,تمت الموافقة على الدفع", "tr,ltr,Ödeme onaylandı"})
    void aPayerPaysALinkThroughTheBanksThreeDSecurePageAndSeesOurResultPage(
            String language, String direction, String approved) {
        long demo2 = demo2();
        FamilyOperationsIT.definition(demo2, "EST", "THREE_D", true);
        String to = PayLinks.address();
        JsonObject body = Json.createObjectBuilder()
                .add("customerAccountId", Sales.firstCustomerAccountId(demo2))
                .add("amount", "150.00")
                .add("currency", "TRY")
                .add("email", to)
                .add("language", language)
                .add("validMinutes", 600)
                .build();
        TestServer.Reply sent = TestServer.postJson(
                TestServer.API + "/companies/" + demo2 + "/payment-links", "collector", body.toString(), Map.of());
        assertEquals(201, sent.status(), sent.toString());
        String url =
                PayLinks.linkIn(Mailbox.text(Mailbox.await(to, 1, m -> true).get(0)));

        try (Browser payer = phone("en-US,en")) {
            openLink(payer, url);
            assertEquals(language, payer.lang(), "the link's language, not the browser's");
            assertEquals(direction, payer.dir());
            fitsThePhone(payer);
            assertFalse(payer.text("three-ds-note").isEmpty(), "the bank will ask to confirm");
            typeCard(payer);
            payer.driver.findElement(By.id("pay")).click();
            payer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
            payer.driver.findElement(By.id("otp")).sendKeys("123456");
            payer.driver.findElement(By.name("submit")).click();
            assertEquals("approved", awaitResult(payer));
            assertTrue(payer.driver.getCurrentUrl().contains("view=result"), payer.driver.getCurrentUrl());
            assertEquals(approved, payer.text("result-title"));
        }
        long id = sent.json().getInt("id");
        JsonObject link = TestServer.get(TestServer.API + "/companies/" + demo2 + "/payment-links/" + id, "collector")
                .json();
        assertEquals("PAID", link.getString("state"));
    }

    /**
     * A payer who uses no pointer: the link from the mail opened, then Tab, Enter and Space only. The skip link comes
     * first and leads past the header; from there the focus goes to the chosen method, its card fields in reading
     * order, the installment choice and the pay button, before any other method; nothing hidden takes the focus.
     */
    @Test
    void aPayerPaysALinkByKeyboardAloneInAReadingFocusOrder() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        String to = PayLinks.address();
        JsonObject link = PayLinks.sent(PayLinks.request(invoice, to, "en", 60));
        String url =
                PayLinks.linkIn(Mailbox.text(Mailbox.await(to, 1, m -> true).get(0)));
        assertEquals(link.getString("url"), url);

        try (Browser payer = phone("en-GB,en")) {
            openLink(payer, url);
            assertEquals(List.of(), Wcag.namelessControls(payer), "every control has a name");
            assertEquals(List.of(), Wcag.lowContrast(payer), "every text meets AA contrast");
            Actions keys = new Actions(payer.driver);
            keys.sendKeys(Keys.TAB).perform();
            assertEquals("skip", focusedClass(payer), "the skip link comes first");
            assertEquals(
                    "Skip to the payment",
                    payer.driver.switchTo().activeElement().getText());
            keys.sendKeys(Keys.ENTER).perform();
            payer.wait.until(d -> "main".equals(focused(payer)));

            String chosen = payer.driver
                    .findElement(By.cssSelector("#methods a.method.selected"))
                    .getAttribute("data-id");
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 20 && !"pay".equals(focused(payer)); i++) {
                keys.sendKeys(Keys.TAB).perform();
                assertTrue(
                        (Boolean)
                                payer.script("var e = document.activeElement; return !!(e.offsetWidth || e.offsetHeight"
                                        + " || e.getClientRects().length);"),
                        "the focus is on something the payer can see: " + focusedName(payer));
                order.add(focusedName(payer));
                if (order.size() == 2) {
                    // the card fields by keyboard as they are reached
                    assertEquals("holder", focused(payer));
                    keys.sendKeys("Ayse Yilmaz").perform();
                }
                switch (focused(payer)) {
                    case "cardNumber" -> keys.sendKeys(Sales.APPROVED_CARD).perform();
                    case "expiry" -> keys.sendKeys("1230").perform();
                    case "cvv" -> keys.sendKeys("123").perform();
                    default -> {}
                }
            }
            List<String> expected =
                    new ArrayList<>(List.of("method " + chosen, "holder", "cardNumber", "expiry", "cvv"));
            if (!payer.driver.findElements(By.name("installments")).isEmpty()) {
                expected.add("installments");
            }
            expected.add("pay");
            assertEquals(expected, order, "the focus order: the chosen method, its card fields, then pay");
            assertEquals(
                    "4355 0843 5508 4358",
                    payer.driver.findElement(By.id("cardNumber")).getAttribute("value"));

            // a button is pressed with Space as well as Enter
            keys.sendKeys(Keys.SPACE).perform();
            assertEquals("approved", awaitResult(payer));
            assertEquals("result-title", focused(payer), "the outcome takes the focus and is read out");
            assertEquals("Payment approved", payer.text("result-title"));
            assertEquals(List.of(), Wcag.namelessControls(payer), "the result page: every control has a name");
            assertEquals(List.of(), Wcag.lowContrast(payer), "the result page: every text meets AA contrast");
        }
        JsonObject paid = PayLinks.get(link.getInt("id"));
        assertEquals("PAID", paid.getString("state"));
        JsonObject collection = TestServer.get(
                        TestServer.API + "/collections/" + paid.getString("collectionReference"), "finance")
                .json();
        assertEquals("APPROVED", collection.getString("state"));
        assertEquals("PAY_LINK", collection.getString("channel"));
        assertEquals(
                "300.00",
                collection.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        List<JsonObject> booked = SimulatedBank.approved(collection.getString("bankOrderId"), "SALE");
        assertEquals(1, booked.size(), "one sale at the bank: " + booked);
        assertEquals(
                "300.00",
                booked.get(0)
                        .getJsonNumber("amount")
                        .bigDecimalValue()
                        .setScale(2)
                        .toPlainString());
    }

    private static String focused(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement && document.activeElement.id;"));
    }

    private static String focusedClass(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement.className;"));
    }

    /** The focused control as the test names it: a method by its definition, else its id, else its name. */
    private static String focusedName(Browser browser) {
        return String.valueOf(browser.script("var e = document.activeElement;"
                + " if (e.classList.contains('method')) { return 'method ' + e.getAttribute('data-id'); }"
                + " return e.id || e.name || e.tagName;"));
    }

    /** The user guide's picture of the links (docs/images/payment-links.png): the section, on a 1366 × 768 screen. */
    private static void picture(Browser staff) {
        if (!Browser.DOCS_SCREENSHOTS) {
            return;
        }
        org.openqa.selenium.Dimension before = staff.driver.manage().window().getSize();
        staff.resize(1366, 768);
        staff.script("document.getElementById('links-section').scrollIntoView()");
        staff.docsScreenshotAsIs("payment-links");
        staff.driver.manage().window().setSize(before);
    }

    private static long demo2() {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> "DEMO2".equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }
}
