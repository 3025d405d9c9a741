package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** System › Return-Code Log in a browser: filter to a decline, open its masked detail, see it in the chart. */
class ReturnCodeLogBrowserIT {

    @Test
    void anAuditorFindsADeclineSeesItsMaskedExchangeAndTheDeclineReasonChart() {
        long company = Sales.demoCompanyId();
        var decline = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                Sales.sale(company, Sales.firstCustomerAccountId(company), "64.51", Sales.APPROVED_CARD, "12/30"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(402, decline.status(), decline.toString());
        String orderId = decline.json().getString("bankOrderId");

        try (Browser browser = Browser.start()) {
            browser.signIn("return-code-log.html", "auditor");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            assertTrue(
                    browser.driver.findElement(By.id("retention-section")).getAttribute("hidden") != null,
                    "retention is for admins");

            String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
            new Select(browser.driver.findElement(By.id("companyId"))).selectByValue(String.valueOf(company));
            new Select(browser.driver.findElement(By.id("outcome"))).selectByVisibleText("DECLINED");
            new Select(browser.driver.findElement(By.id("reason"))).selectByValue("INSUFFICIENT_FUNDS");
            browser.type("q", orderId);
            browser.driver.findElement(By.id("apply")).click();
            browser.wait.until(
                    d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));

            String totals = browser.driver.findElement(By.id("totals")).getText();
            assertEquals("1 interaction(s): 1 DECLINED", totals);
            WebElement row = browser.driver.findElement(By.cssSelector("#log tbody tr.row"));
            String text = row.getText();
            assertTrue(
                    text.contains(orderId)
                            && text.contains("Insufficient funds")
                            && text.contains("51")
                            && text.contains("DEMO")
                            && text.contains("SALE"),
                    text);

            row.sendKeys(Keys.ENTER); // keyboard works as well as a click
            browser.wait.until(d -> d.findElement(By.id("detail")).isDisplayed());
            String request = browser.driver.findElement(By.id("detail-request")).getText();
            assertTrue(request.contains("<Number>435508******4358</Number>"), request);
            assertTrue(request.contains("<Cvv2Val>***</Cvv2Val>"), request);
            assertFalse(request.contains(Sales.APPROVED_CARD), request);
            assertTrue(browser.driver
                    .findElement(By.id("detail-response"))
                    .getText()
                    .contains("<ProcReturnCode>51</ProcReturnCode>"));
            assertTrue(
                    browser.driver.findElement(By.id("detail-facts")).getText().contains("Insufficient funds"));
            browser.driver.findElement(By.id("detail-close")).click();
            browser.wait.until(d -> !d.findElement(By.id("detail")).isDisplayed());
            browser.driver.findElement(By.cssSelector("#log tbody tr.row")).click();
            browser.wait.until(d -> d.findElement(By.id("detail")).isDisplayed());

            // the chart of the filter's period and company: an EST bar with an insufficient-funds segment
            WebElement bar = browser.driver.findElement(By.cssSelector("#chart svg g[data-family='EST']"));
            WebElement segment = bar.findElement(By.cssSelector("rect[data-reason='INSUFFICIENT_FUNDS']"));
            assertTrue(Integer.parseInt(segment.getAttribute("data-count")) >= 1);
            String summary = browser.driver
                    .findElement(By.cssSelector("#chart svg desc"))
                    .getAttribute("textContent");
            assertTrue(summary.contains("EST:") && summary.contains("Insufficient funds"), summary);
            assertTrue(browser.driver.findElement(By.id("legend")).getText().contains("Insufficient funds"));
            assertTrue(
                    browser.driver.findElement(By.id("chart-period")).getText().contains("Europe/Istanbul"));
            browser.screenshot("return-code-log-detail");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('chart-section').scrollIntoView()");
            browser.screenshot("return-code-log-chart");
        }
    }

    @Test
    void anAdminSeesTheRetentionAndABadValueIsRefusedOnTheScreen() {
        try (Browser browser = Browser.start()) {
            browser.signIn("return-code-log.html", "admin");
            long demo = Sales.demoCompanyId();
            browser.wait.until(d -> d.findElement(By.id("retention-" + demo)).isDisplayed());
            WebElement months = browser.driver.findElement(By.cssSelector("#retention-" + demo + " input"));
            assertEquals("13", months.getAttribute("value"));
            months.clear();
            months.sendKeys("0");
            browser.driver
                    .findElement(By.cssSelector("#retention-" + demo + " button"))
                    .click();
            browser.wait.until(d -> d.findElement(By.id("retention-notice")).isDisplayed());
            String notice =
                    browser.driver.findElement(By.id("retention-notice")).getText();
            assertTrue(notice.contains("months: must be between 1 and 120"), notice);
            assertEquals(
                    13,
                    TestServer.get(TestServer.API + "/log-retention/" + demo, "auditor")
                            .json()
                            .getInt("months"));
        }
    }
}
