package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo portal paid through Stripe in a real browser: the hosted page's Stripe method, our card page running the
 * simulated Stripe.js (the card goes from the browser to Stripe), Stripe's 3-D Secure page, back to the order, paid.
 */
class StripeBrowserIT {

    @Test
    void aDemoPortalOrderIsPaidWithStripeAndThreeDSecure() throws InterruptedException {
        long stripe = StripePayer.demoStripeDefinition(Sales.demoCompanyId());
        StripePayer.awaitWebhookEndpoint(stripe);
        try (Browser browser = Browser.start()) {
            browser.driver.get(TestServer.BASE + "/vpos/demo-portal/");
            By order = By.cssSelector("tr[id='ORD-2026-0007'] button");
            browser.wait.until(ExpectedConditions.elementToBeClickable(order)).click();
            browser.wait.until(ExpectedConditions.urlContains("/vpos/pay/"));
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#methods a[data-family='STRIPE']")))
                    .click();
            browser.wait.until(ExpectedConditions.urlContains("method=" + stripe));
            browser.driver.findElement(By.id("pay")).click();

            // our card page: Stripe.js mounted the card fields
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stripe-card-number")));
            assertFalse(browser.driver.getPageSource().contains("sk_test_"));
            browser.type("card-holder", "Ayse Yilmaz");
            browser.type("stripe-card-number", "4000 0025 0000 3155");
            browser.type("stripe-card-expiry", "12 / 30");
            browser.type("stripe-card-cvc", "123");
            browser.screenshot("stripe-card-page");
            browser.driver.findElement(By.id("pay")).click();

            // Stripe's 3-D Secure page, then back through our callback to the portal
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("complete")))
                    .click();
            // our result page first (issue #18: after the provider's page too), then back to the shop
            browser.wait.until(
                    d -> "approved".equals(d.findElement(By.id("result")).getAttribute("data-outcome")));
            browser.driver.findElement(By.id("back")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
            String outcome = browser.driver.findElement(By.id("outcome")).getText();
            assertTrue(outcome.startsWith("Order ORD-2026-0007: paid"), outcome);
            browser.screenshot("stripe-demo-portal-paid");
        }
    }
}
