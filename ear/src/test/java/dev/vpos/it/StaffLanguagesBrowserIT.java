package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff screens in Russian and Greek: a user picks Русский in the header and sees the credit-card batches in
 * Russian with amounts and dates as Russian writes them; a collector whose browser prefers Greek takes a payment on
 * Online Collection in Greek, typing the amount with a decimal comma, and reads the bank's decline in Greek words.
 */
class StaffLanguagesBrowserIT {

    /** ru: day.month.year, then the time on 24 hours (the list shows hours and minutes). */
    private static final Pattern RUSSIAN_DATE_TIME = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");

    @Test
    void aUserPicksRussianAndSeesTheBatchesInRussian() {
        followTheBrowser();
        long company = Sales.demoCompanyId();
        JsonObject sale = TestServer.postJson(
                        TestServer.API + "/collections",
                        "collector",
                        Sales.sale(
                                company,
                                Sales.firstCustomerAccountId(company),
                                "12345.60",
                                Sales.APPROVED_CARD,
                                "12/30"),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .json();
        String order = sale.getString("bankOrderId");
        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "aylin");
            assertEquals("en", browser.lang());
            Select picker = new Select(browser.driver.findElement(By.id("language")));
            assertEquals(
                    "English Türkçe العربية Ελληνικά Italiano Русский",
                    String.join(
                            " ",
                            picker.getOptions().stream()
                                    .skip(1)
                                    .map(WebElement::getText)
                                    .toList()),
                    "every language the screens speak, each in its own words");
            picker.selectByValue("ru");
            browser.wait.until(d -> "ru".equals(storedLanguage()));

            browser.open("batches.html");
            assertEquals("ru", browser.lang());
            assertEquals("ltr", browser.dir());
            assertEquals(
                    "Русский",
                    new Select(browser.driver.findElement(By.id("language")))
                            .getFirstSelectedOption()
                            .getText());
            assertEquals(
                    "Приём платежей VPOS › Финансовый учёт › Банк › Реестры операций по картам",
                    Browser.plain(browser.driver
                            .findElement(By.cssSelector("#app-header h1"))
                            .getText()));
            assertEquals("Реестры операций по картам", browser.text("nav-batches"));
            assertEquals("Выйти", browser.text("sign-out"));

            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            browser.type("q", order);
            browser.driver.findElement(By.id("apply")).click();
            browser.wait.until(
                    d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));

            String totals = spaces(browser.text("totals"));
            assertTrue(totals.startsWith("Записей: 1. TRY: брутто 12 345,60, комиссия "), totals);
            String row = spaces(browser.driver
                    .findElement(By.cssSelector("#batches tbody tr"))
                    .getText());
            assertTrue(row.contains("12 345,60 TRY"), "the amount as Russian writes it: " + row);
            assertTrue(row.contains("ОДОБРЕНО") && row.contains("По телефону (MOTO)") && row.contains(order), row);
            assertTrue(RUSSIAN_DATE_TIME.matcher(row).find(), "the date and time as Russian writes them: " + row);
            assertEquals("страница 1 из 1", browser.text("position"));
            browser.screenshot("ru-batches");
        } finally {
            followTheBrowser();
        }
    }

    @Test
    void aCollectorWhoseBrowserPrefersGreekCollectsOnlineInGreek() {
        try (Browser browser = Browser.start("el-GR,el")) {
            browser.driver.get(TestServer.BASE + "/vpos/collect.html");
            browser.wait.until(
                    d -> "Σύνδεση".equals(d.findElement(By.id("sign-in")).getText()));
            assertEquals("el", browser.lang(), "the sign-in page speaks the browser's language");

            browser.signIn("collect.html", "collector");
            browser.wait.until(
                    d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            assertEquals("el", browser.lang());
            assertEquals("ltr", browser.dir());
            assertEquals("Είσπραξη", browser.text("collect"));
            assertEquals("Παρτίδες πιστωτικών καρτών › Ηλεκτρονική είσπραξη", browser.text("nav-collect"));

            browser.type("customer-search", "C001");
            browser.driver.findElement(By.id("customer-search")).sendKeys(Keys.TAB);
            browser.type("amount", "1.025,40"); // as a Greek user types it: dot groups, comma decimals
            browser.type("card-number", Sales.APPROVED_CARD);
            browser.type("card-expiry", "12/30");
            browser.type("card-cvv", "123");
            browser.wait.until(d -> d.findElement(By.id("quote")).getText().contains("προμήθεια"));
            browser.driver.findElement(By.id("collect")).click();
            browser.wait.until(d -> !d.findElement(By.id("result")).getText().isBlank());
            String approved = spaces(browser.text("result"));
            assertTrue(approved.startsWith("Εγκρίθηκε – κωδ. έγκρισης"), approved);
            assertTrue(approved.contains("1025,40 TRY"), "the amount collected, written in Greek: " + approved);

            browser.driver.findElement(By.id("new-payment")).click();
            browser.type("customer-search", "C001");
            browser.driver.findElement(By.id("customer-search")).sendKeys(Keys.TAB);
            browser.type("amount", "30,00");
            browser.type("card-number", Sales.INSUFFICIENT_FUNDS_CARD);
            browser.type("card-expiry", "12/30");
            browser.type("card-cvv", "123");
            browser.driver.findElement(By.id("collect")).click();
            browser.wait.until(d -> d.findElement(By.id("result")).getText().startsWith("Απορρίφθηκε"));
            String declined = browser.text("result");
            assertTrue(
                    declined.startsWith("Απορρίφθηκε: Ανεπαρκές υπόλοιπο (κωδικός τράπεζας 51)"),
                    "the unified reason in Greek from the server: " + declined);
            assertTrue(declined.contains("το μήνυμα της τράπεζας:"), declined);
            browser.screenshot("el-collect-declined");
        }
    }

    /** Narrow and ordinary no-break spaces (what Intl groups thousands with in Russian) read as spaces. */
    private static String spaces(String text) {
        return text.replaceAll("[\u00a0\u202f]", " ");
    }

    private static void followTheBrowser() {
        TestServer.send(TestServer.request(TestServer.API + "/me/preferences", "aylin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":null}"))
                .build());
    }

    private static String storedLanguage() {
        var me = TestServer.get(TestServer.API + "/me", "aylin").json();
        return me.containsKey("language") && !me.isNull("language") ? me.getString("language") : null;
    }
}
