package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * System › Parameters › Card Routing: the BIN file previewed and imported, a company's rules and plus-installment
 * campaigns edited, by an admin.
 */
class CardRoutingBrowserIT {

    private static final String HEADER = "prefix;issuer_code;issuer_name;programme;brand;card_type;country\n";

    private static Browser browser;

    @BeforeAll
    static void signIn() {
        browser = Browser.start();
        browser.signIn("card-routing.html", "admin");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private static Path csv(String text) throws Exception {
        Path file = Files.createTempFile("bins", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void choose(Path file) {
        WebElement input = browser.driver.findElement(By.id("bin-file"));
        input.sendKeys(file.toString());
    }

    @Test
    void aBinFileWithAProblemIsShownAndNotImportableAGoodOneIsPreviewedImportedAndListed() throws Exception {
        String prefix = "7" + String.format("%07d", System.nanoTime() % 10_000_000);
        String good = HEADER + prefix + ";0099;Örnek Katılım Bankası;Kartım;TROY;DEBIT;TR\n";

        choose(csv(good + "12345;0099;Örnek;;VISA;PREPAID;TR\n"));
        browser.driver.findElement(By.id("bin-preview")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bin-problems"), "line 3"));
        assertTrue(
                browser.driver.findElement(By.id("bin-import")).getAttribute("disabled") != null,
                "a file with a problem cannot be imported");
        assertTrue(browser.driver.findElement(By.id("bin-summary")).getText().startsWith("2 line(s): 1 valid"));

        browser.driver.navigate().refresh();
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        choose(csv(good));
        browser.driver.findElement(By.id("bin-preview")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("bin-import")));
        assertTrue(browser.driver.findElement(By.id("bin-sample")).getText().contains("Örnek Katılım Bankası"));
        browser.driver.findElement(By.id("bin-import")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "1 new"));

        browser.type("bin-prefix", prefix);
        browser.driver.findElement(By.id("bin-search")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bin-rows"), prefix));
        assertTrue(browser.driver.findElement(By.id("bin-rows")).getText().contains("debit"));
        JsonObject row = ReconciliationIT.array(TestServer.get(TestServer.API + "/bins?prefix=" + prefix, "admin")
                        .body())
                .getJsonObject(0);
        assertEquals("Örnek Katılım Bankası", row.getString("issuerName"));
        assertEquals("DEBIT", row.getString("type"));
    }

    @Test
    void aRuleWithoutItsDefinitionIsRefusedNextToItAndAValidListIsSaved() {
        long company = ReconciliationIT.array(
                        TestServer.get(TestServer.API + "/companies", "admin").body())
                .stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String rules = TestServer.API + "/companies/" + company + "/routing-rules";
        assertEquals("[]", TestServer.get(rules, "admin").body().replace(" ", ""), "DEMO2 routes by its default");
        try {
            new Select(browser.driver.findElement(By.id("company"))).selectByValue(String.valueOf(company));
            // the company's rules are loaded (the table says whose they are) before one is added
            browser.wait.until(
                    ExpectedConditions.attributeToBe(By.id("rules"), "data-company", String.valueOf(company)));
            browser.driver.findElement(By.id("add-rule")).click();
            By match = By.cssSelector("#rules tbody tr:last-child .rule-match");
            browser.wait.until(ExpectedConditions.elementToBeClickable(match)).sendKeys("0046");
            WebElement row = browser.driver.findElement(By.cssSelector("#rules tbody tr:last-child"));
            browser.driver.findElement(By.id("save-rules")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rules .field-error")));

            new Select(row.findElement(By.className("rule-kind"))).selectByValue("CHEAPEST");
            browser.driver.findElement(By.id("save-rules")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "rule(s) saved"));
            String saved = TestServer.get(rules, "admin").body();
            assertTrue(saved.contains("\"CHEAPEST\""), saved);
        } finally {
            TestServer.Reply restored = TestServer.send(TestServer.request(rules, "admin")
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"rules\":[]}"))
                    .build());
            assertEquals(200, restored.status(), restored.toString());
        }
    }

    /**
     * A campaign whose last day is before its first is refused next to the field and saves nothing; corrected, it is
     * saved and is what the API gives.
     */
    @Test
    void aCampaignEndingBeforeItStartsIsRefusedNextToTheFieldAndACorrectOneIsSaved() {
        long company = ReconciliationIT.array(
                        TestServer.get(TestServer.API + "/companies", "admin").body())
                .stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String campaigns = TestServer.API + "/companies/" + company + "/installment-campaigns";
        String before = TestServer.get(campaigns, "admin").body();
        try {
            new Select(browser.driver.findElement(By.id("company"))).selectByValue(String.valueOf(company));
            // the company's campaigns are loaded (the table says whose they are) before one is added
            browser.wait.until(
                    ExpectedConditions.attributeToBe(By.id("campaigns"), "data-company", String.valueOf(company)));
            int rows = browser.driver
                    .findElements(By.cssSelector("#campaigns tbody tr"))
                    .size();
            browser.driver.findElement(By.id("add-campaign")).click();
            browser.wait.until(
                    d -> d.findElements(By.cssSelector("#campaigns tbody tr")).size() == rows + 1);
            WebElement row = browser.driver.findElement(By.cssSelector("#campaigns tbody tr:last-child"));
            row.findElement(By.className("campaign-programme")).sendKeys("World");
            row.findElement(By.className("campaign-extra")).sendKeys("3");
            row.findElement(By.className("campaign-minimum")).sendKeys("4");
            WebElement from = row.findElement(By.className("campaign-from"));
            WebElement to = row.findElement(By.className("campaign-to"));
            browser.script("arguments[0].value = '2027-02-10'; arguments[1].value = '2027-02-01';", from, to);
            browser.driver.findElement(By.id("save-campaigns")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#campaigns .field-error")));
            assertTrue(to.getAttribute("class").contains("bad"), "the last day is the field refused");
            assertEquals(before, TestServer.get(campaigns, "admin").body(), "nothing saved");

            browser.script("arguments[0].value = '2027-02-28';", to);
            browser.driver.findElement(By.id("save-campaigns")).click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "campaign(s) saved"));
            String saved = TestServer.get(campaigns, "admin").body();
            assertTrue(saved.contains("\"World\"") && saved.contains("2027-02-28"), saved);
        } finally {
            TestServer.Reply restored = TestServer.send(TestServer.request(campaigns, "admin")
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"campaigns\":" + before + "}"))
                    .build());
            assertEquals(200, restored.status(), restored.toString());
        }
    }
}
