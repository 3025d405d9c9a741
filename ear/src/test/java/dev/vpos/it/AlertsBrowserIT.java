package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The landing page's alerts in a browser: an administrator sees the demo's expiring certificate and a simulated bank
 * outage, and acknowledges the outage (the row then says who and when, and so does the API); finance sees the outage
 * but not the certificate.
 */
class AlertsBrowserIT {

    @Test
    void theLandingPageShowsTheExpiringCertificateAndTheOutageAndAUserAcknowledgesOne() {
        long demo = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        try {
            Alerts.outageThrough(demo, definition);
            JsonObject outage = Alerts.await(
                    "admin", Alerts.of("BANK_UNANSWERED", definition), "the outage alert of " + definition);
            String code = outage.getJsonObject("facts").getString("definition");

            try (Browser browser = Browser.start()) {
                browser.signIn("index.html", "admin");
                browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
                WebElement certificate =
                        browser.driver.findElements(By.cssSelector("#alerts tr.alert-CREDENTIAL_EXPIRY")).stream()
                                .filter(r -> r.getText().contains("İşbank 3-D store key certificate"))
                                .findFirst()
                                .orElseThrow(
                                        () -> new AssertionError("no certificate alert: " + browser.text("alerts")));
                assertTrue(certificate.getText().contains("Certificate or key expires"), certificate.getText());
                assertTrue(certificate.getText().contains("ISBANK-EST"), certificate.getText());
                assertTrue(certificate.getText().contains("DEMO"), certificate.getText());

                WebElement row = browser.driver.findElement(By.id("alert-" + outage.getInt("id")));
                assertEquals("BANK_UNANSWERED", row.getAttribute("data-kind"));
                String text = Browser.plain(row.getText());
                assertTrue(text.contains("Bank not answering"), text);
                assertTrue(
                        text.contains(code + ": 3 payments unanswered in the last 10 minutes (3 timed out or unknown, "
                                + "0 not sent; the rule allows 2)."),
                        text);
                browser.docsScreenshot("home-alerts");

                row.findElement(By.tagName("button")).click();
                browser.wait.until(d -> d.findElement(By.id("alerts-notice")).isDisplayed());
                assertEquals("Alert " + outage.getInt("id") + " acknowledged.", browser.text("alerts-notice"));
                WebElement acknowledged = browser.driver.findElement(By.id("alert-" + outage.getInt("id")));
                assertTrue(acknowledged.findElements(By.tagName("button")).isEmpty(), "acknowledged once");
                assertTrue(Browser.plain(acknowledged.getText()).contains("admin, "), acknowledged.getText());
            }
            JsonObject recorded = Alerts.find("admin", false, Alerts.of("BANK_UNANSWERED", definition))
                    .orElseThrow();
            assertEquals("admin", recorded.getString("acknowledgedBy"));
            assertTrue(recorded.containsKey("acknowledgedAt") && !recorded.isNull("acknowledgedAt"));

            try (Browser browser = Browser.start()) {
                browser.signIn("index.html", "finance");
                browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
                assertTrue(
                        !browser.driver
                                .findElements(By.id("alert-" + outage.getInt("id")))
                                .isEmpty(),
                        "finance sees the outage");
                assertTrue(
                        browser.driver
                                .findElements(By.cssSelector("#alerts tr.alert-CREDENTIAL_EXPIRY"))
                                .isEmpty(),
                        "certificates are admins'");
            }
        } finally {
            Alerts.rule(demo, "BANK_UNANSWERED", 5);
        }
    }
}
