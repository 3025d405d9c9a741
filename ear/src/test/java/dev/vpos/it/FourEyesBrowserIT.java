package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Four eyes on the Credit Card Batches screen (issue #13 item 8): finance cancels a sale above DEMO2's threshold and
 * is told it waits (nothing at the bank); the request is listed under "Waiting for a second approval", where finance
 * has no way to approve it alone, and a second finance user (aylin) approves it there: voided once at the bank.
 */
class FourEyesBrowserIT {

    private static long company;
    private static long est;

    @BeforeAll
    static void fourEyesOnDemo2() {
        company = Json.createReader(new java.io.StringReader(
                        TestServer.get(TestServer.API + "/companies", "admin").body()))
                .readArray()
                .stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        est = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        assertEquals(
                200, setting("[{\"currency\":\"TRY\",\"amount\":\"1000.00\"}]").status());
    }

    @AfterAll
    static void fourEyesOff() {
        assertEquals(200, setting("[]").status());
    }

    @Test
    void financeAsksASecondFinanceUserApprovesOnTheScreen() {
        String json = Sales.sale(
                company, Sales.firstCustomerAccountId(company), est, "1750.00", Sales.APPROVED_CARD, "12/30");
        JsonObject sale = TestServer.postJson(
                        TestServer.API + "/collections",
                        "collector",
                        json,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .json();
        String order = sale.getString("bankOrderId");
        long id = TestServer.get(TestServer.API + "/batches?q=" + order, "finance")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        String approvalId;
        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "finance");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            browser.type("q", order);
            browser.driver.findElement(By.id("apply")).click();
            browser.wait.until(
                    d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            browser.driver.findElement(By.id("batch-" + id)).click();
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-detail") != null
                    && d.findElement(By.id("detail")).isDisplayed());
            browser.driver.findElement(By.id("cancel-start")).click();
            browser.driver.findElement(By.id("cancel-confirm")).click();
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-cancelled") != null);

            String result = browser.text("cancel-result");
            assertTrue(result.contains("waits for a second approval") && amount(result), result);
            assertTrue(result.contains("four-eyes threshold of 1000.00 TRY"), result);
            assertTrue(SimulatedBank.ledger(order).stream().allMatch(e -> "SALE".equals(e.getString("type"))));
            approvalId = TestServer.get(
                            TestServer.API + "/refund-approvals?collection=" + sale.getString("reference"), "finance")
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getString("approvalId");
            assertTrue(result.contains(approvalId), result);

            browser.driver.findElement(By.id("detail-close")).click();
            WebElement row = browser.driver.findElement(By.id("approval-" + approvalId));
            assertTrue(
                    row.getText().contains("finance") && row.getText().contains(sale.getString("reference")),
                    row.getText());
            // finance may press approve, and is refused: a second pair of eyes is another person
            row.findElement(By.cssSelector("button.approve")).click();
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-decided") != null);
            String refused = browser.text("approvals-result");
            assertTrue(refused.contains("another user with the finance role"), refused);
        }

        try (Browser browser = Browser.start()) {
            browser.signIn("batches.html", "aylin");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-approvals-loaded") != null);
            WebElement row = browser.driver.findElement(By.id("approval-" + approvalId));
            assertTrue(row.getText().contains("Above the company's four-eyes threshold"), row.getText());
            row.findElement(By.cssSelector("button.approve")).click();
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-decided") != null);
            String done = browser.text("approvals-result");
            assertTrue(amount(done) && done.contains("APPROVED"), done);
            assertFalse(
                    browser.driver.findElements(By.id("approval-" + approvalId)).stream()
                            .anyMatch(WebElement::isDisplayed),
                    "no longer waiting");
        }
        assertEquals(
                1,
                SimulatedBank.approved(order, "VOID").size()
                        + SimulatedBank.approved(order, "REFUND").size());
        JsonObject after = FollowUps.collection(sale.getString("reference"));
        assertTrue(
                "VOIDED".equals(after.getString("state")) || "REFUNDED".equals(after.getString("state")),
                after.toString());
    }

    /** 1,750.00 TRY as the screen writes it in English (with or without grouping). */
    private static boolean amount(String text) {
        return text.contains("1,750.00 TRY") || text.contains("1750.00 TRY");
    }

    private static TestServer.Reply setting(String thresholds) {
        return TestServer.send(TestServer.request(TestServer.API + "/companies/" + company + "/four-eyes", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"thresholds\":" + thresholds + "}"))
                .build());
    }
}
