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

    @Test
    void anAdministratorSetsAThresholdOnTheAlertRulesScreenAndAWrongOneIsRefusedByField() {
        long demo = Sales.demoCompanyId();
        try (Browser browser = Browser.start()) {
            browser.signIn("alerts.html", "admin");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("alerts-company")))
                    .selectByValue(String.valueOf(demo));
            browser.wait.until(
                    d -> !d.findElements(By.name("threshold-ATTENTION_AGED")).isEmpty());
            assertEquals("Parameters › Alert Rules", browser.text("nav-alerts"));
            assertTrue(
                    browser.driver
                                    .findElements(By.cssSelector("#alerts-expiries tr.expiry"))
                                    .size()
                            >= 1,
                    "the demo's watched certificate is listed");

            WebElement aged = browser.driver.findElement(By.name("threshold-ATTENTION_AGED"));
            aged.clear();
            aged.sendKeys("0");
            browser.driver.findElement(By.id("alerts-save")).click();
            browser.wait.until(d -> d.findElement(By.id("alerts-notice")).isDisplayed());
            String refused = browser.text("alerts-notice");
            assertTrue(refused.startsWith("The request has invalid fields; nothing was changed."), refused);
            assertTrue(refused.contains("must be a whole number from 1 to 720."), refused);
            assertEquals(24, rule(demo, "ATTENTION_AGED").getInt("threshold"), "nothing changed");

            aged = browser.driver.findElement(By.name("threshold-ATTENTION_AGED"));
            aged.clear();
            aged.sendKeys("48");
            browser.driver.findElement(By.id("alerts-save")).click();
            browser.wait.until(
                    d -> d.findElement(By.id("alerts-notice")).getText().startsWith("Alert settings of "));
            assertEquals(48, rule(demo, "ATTENTION_AGED").getInt("threshold"));
            assertEquals("admin", rule(demo, "ATTENTION_AGED").getString("updatedBy"));
            browser.docsScreenshot("admin-alert-rules");
        } finally {
            Alerts.rule(demo, "ATTENTION_AGED", 24);
        }
    }

    private static JsonObject rule(long company, String kind) {
        return Alerts.settings(company).getJsonArray("rules").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow();
    }
}
