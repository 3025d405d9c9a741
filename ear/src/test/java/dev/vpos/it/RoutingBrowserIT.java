package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Online Collection for a company that routes by rules (docs/routing.md): as the card number is typed the quote names
 * the card, the definition the rules chose and why, and the installments follow the card.
 */
class RoutingBrowserIT {

    private static Browser browser;
    private static RoutedCompany routed;

    @BeforeAll
    static void signIn() throws IOException {
        routed = RoutedCompany.setUp();
        browser = Browser.start();
        browser.signIn("collect.html", "collector");
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void theQuoteNamesTheCardTheChosenDefinitionAndWhy() {
        browser.driver.get(TestServer.BASE + "/vpos/collect.html");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        new Select(browser.driver.findElement(By.id("company"))).selectByValue(String.valueOf(routed.company()));
        browser.type("amount", "1000.00");

        browser.type("card-number", "5401 3412 3456 7891");
        String bonus = quoteContaining("(GAR-" + routed.suffix() + ")");
        assertTrue(bonus.contains("Garanti BBVA") && bonus.contains("programme Bonus goes to this definition"), bonus);
        assertTrue(bonus.contains("CHEAP-" + routed.suffix() + " is tried once"), bonus);
        browser.wait.until(d -> installments().contains("3"));

        browser.type("card-number", RoutedCompany.card("413226"));
        String debit = quoteContaining("(AKB-" + routed.suffix() + ")");
        assertTrue(debit.contains("On-us") && debit.contains("debit"), debit);
        browser.wait.until(d -> installments().equals(List.of("1")));

        browser.type("card-number", RoutedCompany.card("402277"));
        String cheapest = quoteContaining("(CHEAP-" + routed.suffix() + ")");
        assertTrue(cheapest.contains("lowest cost") && cheapest.contains("12.00"), cheapest);
        assertEquals(List.of("1"), installments(), "CHEAP offers no installments and World has no rule");
        browser.screenshot("routing-quote");
    }

    @Test
    void theHostedPageSuggestsTheRulesChoiceInThePayersLanguageAndKeepsThePayersOwn() {
        String page = routed.payerPage("1000.00");
        try (Browser payer = Browser.start("tr-TR,tr")) {
            payer.driver.get(TestServer.BASE + page + "?lang=tr&method=" + routed.akb());
            payer.wait.until(
                    d -> !String.valueOf(d.findElement(By.tagName("html")).getAttribute("class"))
                            .contains("loading"));
            assertEquals(
                    String.valueOf(routed.akb()),
                    payer.driver
                            .findElement(By.cssSelector("#methods a.method.selected"))
                            .getAttribute("data-id"));

            payer.type("cardNumber", "5401341234567891");
            payer.wait.until(d -> d.findElement(By.id("route")).isDisplayed());
            String suggestion = payer.text("route-text");
            assertTrue(
                    suggestion.startsWith("Bu kart için işyerinin önerisi Garanti BBVA Sanal POS, çünkü kartınız bir"
                            + " Bonus kartı"),
                    suggestion);
            assertTrue(suggestion.contains("Siz Akbank Sanal POS seçtiniz"), suggestion);
            assertEquals(
                    String.valueOf(routed.akb()),
                    payer.driver
                            .findElement(By.cssSelector("#methods a.method.selected"))
                            .getAttribute("data-id"),
                    "the payer's own choice is kept: the rules only suggest");
            assertEquals(
                    String.valueOf(routed.akb()),
                    payer.driver
                            .findElement(By.cssSelector("#pay-form input[name=method]"))
                            .getAttribute("value"));

            payer.driver.findElement(By.id("route-switch")).click();
            payer.wait.until(d -> String.valueOf(routed.gar())
                    .equals(d.findElement(By.cssSelector("#methods a.method.selected"))
                            .getAttribute("data-id")));
            payer.wait.until(d -> d.findElement(By.id("route-text")).getText().startsWith("Bu kart için önerilen:"));
            assertTrue(payer.text("route-text").contains("Garanti BBVA Sanal POS"), payer.text("route-text"));
            assertEquals(
                    "5401 3412 3456 7891",
                    payer.driver.findElement(By.id("cardNumber")).getAttribute("value"),
                    "the card stays typed");

            payer.type("cardNumber", RoutedCompany.card("402277"));
            payer.wait.until(d -> d.findElement(By.id("route-text")).getText().contains("tek çekimde"));
            assertTrue(payer.text("route-text").contains("Ziraat Sanal POS"), payer.text("route-text"));
            payer.screenshot("payer-route-tr");
        }
    }

    @Test
    void aBonusCampaignShowsWithTheInstallmentsOnTheScreenAndOnThePayersPage() {
        String path = TestServer.API + "/companies/" + routed.company() + "/installment-campaigns";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Istanbul"));
        TestServer.Reply set = RoutedCompany.send(
                "PUT",
                path,
                "{\"campaigns\":[" + PlusInstallmentCampaignIT.campaign("Bonus", 2, 3, today, today.plusDays(7))
                        + "]}");
        assertEquals(200, set.status(), set.toString());
        try {
            browser.driver.get(TestServer.BASE + "/vpos/collect.html");
            browser.wait.until(
                    d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            new Select(browser.driver.findElement(By.id("company"))).selectByValue(String.valueOf(routed.company()));
            browser.type("amount", "1000.00");
            browser.type("card-number", "5401 3412 3456 7891");
            browser.wait.until(d -> optionTexts().contains("3 + 2 installments (Bonus campaign)"));
            assertEquals(List.of("1", "3"), installments(), "the count sent to the bank stays 3");

            String page = routed.payerPage("1000.00");
            try (Browser payer = Browser.start("tr-TR,tr")) {
                payer.driver.get(TestServer.BASE + page + "?lang=tr&method=" + routed.gar());
                payer.wait.until(
                        d -> !String.valueOf(d.findElement(By.tagName("html")).getAttribute("class"))
                                .contains("loading"));
                payer.type("cardNumber", "5401341234567891");
                payer.wait.until(d -> d.findElement(By.cssSelector("#installments-box tr[data-count='3'] .count"))
                        .getText()
                        .equals("3 + 2 taksit (Bonus kampanyası)"));
                assertEquals(
                        "3",
                        payer.driver
                                .findElement(By.cssSelector("#installments-box tr.campaign input"))
                                .getAttribute("value"),
                        "the radio still sends 3");
            }
        } finally {
            assertEquals(
                    200, RoutedCompany.send("PUT", path, "{\"campaigns\":[]}").status());
        }
    }

    private static List<String> optionTexts() {
        return browser.driver.findElements(By.cssSelector("#installments option")).stream()
                .map(o -> o.getText())
                .toList();
    }

    /** The quote once it names {@code text} (the chosen definition is "(CODE)"; a fallback is named without brackets). */
    private static String quoteContaining(String text) {
        browser.wait.until(d -> d.findElement(By.id("quote")).getText().contains(text));
        return browser.driver.findElement(By.id("quote")).getText();
    }

    private static List<String> installments() {
        return browser.driver.findElements(By.cssSelector("#installments option")).stream()
                .map(o -> o.getAttribute("value"))
                .toList();
    }
}
