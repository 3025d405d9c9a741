package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff screens of a user granted one company (issue #13 item 6) in a browser: Credit Card Batches offers only that
 * company and finds no record of another company, even by its exact bank code.
 */
class CompanyAccessBrowserIT {

    @Test
    void aFinanceUserOfDemoOnlySeesDemoOnTheBatchesScreen() {
        long demo = Sales.demoCompanyId();
        long demo2 = company("DEMO2");
        TestServer.Reply granted = TestServer.send(TestServer.request(
                        TestServer.API + "/staff/finance-demo/companies", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"allCompanies\": false, \"companyIds\": [" + demo + "]}"))
                .build());
        assertEquals(200, granted.status(), granted.toString());
        JsonObject own = sell(demo, FamilyOperationsIT.definition(demo, "EST", "REGULAR"), "51.30");
        JsonObject other = sell(demo2, FamilyOperationsIT.definition(demo2, "EST", "REGULAR"), "52.40");

        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "finance-demo");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            List<String> companies = browser.driver.findElements(By.cssSelector("#companyId option")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(2, companies.size(), "All and DEMO: " + companies);
            assertTrue(companies.get(1).startsWith("DEMO –"), companies.toString());

            String otherTable = search(browser, other.getString("bankOrderId"));
            assertFalse(otherTable.contains(other.getString("authCode")), otherTable);
            assertFalse(otherTable.contains("52.40"), otherTable);
            String ownTable = search(browser, own.getString("bankOrderId"));
            assertTrue(ownTable.contains(own.getString("authCode")) && ownTable.contains("51.30 TRY"), ownTable);
        }
    }

    @Test
    void anAdminGrantsACompanyOnTheCompanyAccessScreenAndAnAuditorOnlyReadsIt() {
        long demo2 = company("DEMO2");
        String user = "screen-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start()) {
            browser.signIn("company-access.html", "admin");
            browser.wait.until(d -> d.findElement(By.id("access-editor")).isDisplayed());
            browser.driver.findElement(By.id("access-user")).sendKeys(user);
            browser.driver.findElement(By.id("access-company-" + demo2)).click();
            browser.driver.findElement(By.id("access-save")).click();
            browser.wait.until(d -> d.findElement(By.id("access-notice")).isDisplayed());
            String notice = browser.driver.findElement(By.id("access-notice")).getText();
            assertTrue(notice.contains(user) && notice.contains("DEMO2"), notice);
            browser.wait.until(d -> d.findElement(By.id("access-trail-section")).isDisplayed());
            String trail = browser.driver.findElement(By.id("access-trail")).getText();
            assertTrue(trail.contains("admin") && trail.contains("DEMO2"), trail);
            String users = browser.driver.findElement(By.id("access-users")).getText();
            assertTrue(users.contains(user), users);
            browser.docsScreenshot("admin-company-access");
        }
        JsonObject stored = TestServer.get(TestServer.API + "/staff/" + user + "/companies", "admin")
                .json();
        assertFalse(stored.getBoolean("allCompanies"), stored.toString());
        assertEquals(
                List.of(demo2),
                stored.getJsonArray("companyIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::longValue)
                        .toList());

        try (Browser browser = Browser.start()) {
            browser.signIn("company-access.html", "auditor");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains(user));
            assertFalse(browser.driver.findElement(By.id("access-editor")).isDisplayed(), "auditors only read");
        }
    }

    private static String search(Browser browser, String bankOrderId) {
        String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
        browser.driver.findElement(By.id("q")).clear();
        browser.type("q", bankOrderId);
        browser.driver.findElement(By.id("apply")).click();
        browser.wait.until(d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        return browser.driver.findElement(By.cssSelector("#batches tbody")).getText();
    }

    private static JsonObject sell(long company, long definition, String amount) {
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                Sales.sale(
                        company,
                        Sales.firstCustomerAccountId(company),
                        definition,
                        amount,
                        Sales.APPROVED_CARD,
                        "12/30"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static long company(String code) {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> code.equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }
}
