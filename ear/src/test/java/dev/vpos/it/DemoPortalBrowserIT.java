package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The demo portal: complete an order → pay on our hosted page → back to the order, paid. */
class DemoPortalBrowserIT {

    @Test
    void anOrderIsCompletedPaidOnTheHostedPageAndShownPaid() {
        try (Browser browser = Browser.start()) {
            browser.driver.get(TestServer.BASE + "/vpos/demo-portal/");
            By order = By.cssSelector("tr[id='ORD-2026-0009'] button");
            browser.wait.until(ExpectedConditions.elementToBeClickable(order)).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cardNumber")));
            assertTrue(browser.driver.getCurrentUrl().contains("/vpos/pay/"), browser.driver.getCurrentUrl());
            browser.type("holder", "Ayse Yilmaz");
            browser.type("cardNumber", Sales.APPROVED_CARD);
            browser.type("expiry", "12/30");
            browser.type("cvv", "123");
            browser.docsScreenshot("payer-hosted-page");
            browser.driver.findElement(By.id("pay")).click();
            // our result page first, then back to the shop with the session's result
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("back")));
            assertEquals("approved", browser.driver.findElement(By.id("result")).getAttribute("data-outcome"));
            browser.driver.findElement(By.id("back")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
            String outcome = browser.driver.findElement(By.id("outcome")).getText();
            assertTrue(outcome.startsWith("Order ORD-2026-0009: paid"), outcome);
            assertTrue(browser.driver
                    .findElement(By.cssSelector("tr[id='ORD-2026-0009'] .open"))
                    .getText()
                    .equals("paid"));
            browser.screenshot("demo-portal-paid");
            browser.docsScreenshot("payer-order-paid");
        }
    }
}
