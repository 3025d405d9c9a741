package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo portal paid with myPOS in a real browser: complete an order → our hosted page → choose myPOS and agree to
 * keep the card → myPOS's checkout page (the simulator's) → card → back through the auto-submitting pages → the order
 * shown paid; the next visit to the hosted page offers the saved card.
 */
class MyPosPortalBrowserIT {

    private static final String ORDER = "ORD-2026-0006";

    @Test
    void anOrderOfTheDemoPortalIsPaidWithMyPosAndTheCardIsOfferedNextTime() {
        try (Browser browser = Browser.start()) {
            browser.driver.get(TestServer.BASE + "/vpos/demo-portal/");
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[id='" + ORDER + "'] button")))
                    .click();
            By mypos = By.cssSelector("#methods a[data-family='MYPOS']");
            browser.wait.until(ExpectedConditions.elementToBeClickable(mypos)).click();
            browser.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("saveCard")))
                    .click();
            browser.screenshot("mypos-hosted-page");
            browser.driver.findElement(By.id("pay")).click();

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cardNumber")));
            assertTrue(
                    browser.driver.getCurrentUrl().contains("/bank-simulator/mypos/vmp/"),
                    browser.driver.getCurrentUrl());
            assertTrue(browser.driver.findElement(By.id("storeCard")).isSelected(), "the shop asked to keep the card");
            browser.type("holder", "Ayse Yilmaz");
            browser.type("cardNumber", "4111111111111111");
            browser.type("expiry", "12/30");
            browser.type("cvc", "123");
            browser.screenshot("mypos-checkout-page");
            browser.driver.findElement(By.id("pay")).click();
            // our result page first (issue #18: after the provider's page too), then back to the shop
            browser.wait.until(
                    d -> "approved".equals(d.findElement(By.id("result")).getAttribute("data-outcome")));
            browser.driver.findElement(By.id("back")).click();

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
            String outcome = browser.driver.findElement(By.id("outcome")).getText();
            assertTrue(outcome.startsWith("Order " + ORDER + ": paid"), outcome);
            assertTrue(browser.driver
                    .findElement(By.cssSelector("tr[id='" + ORDER + "'] .open"))
                    .getText()
                    .equals("paid"));
            browser.screenshot("mypos-portal-paid");

            // the card myPOS keeps is offered on the next hosted page of this customer with myPOS
            MyPosCheckoutIT.Demo demo = MyPosCheckoutIT.Demo.get();
            MyPosCheckoutIT.await(
                    () -> MyPosCheckoutIT.savedCards(demo, "finance"),
                    cards -> cards.stream()
                            .anyMatch(c -> "1111".equals(c.asJsonObject().getString("last4"))));
            String next = MyPosCheckoutIT.openSession(demo, MyPosOrders.next());
            browser.driver.get(TestServer.BASE + "/vpos/pay/" + next + "?method=" + demo.mypos());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("saved-cards"), "Pay with saved card VISA ending 1111"));
            browser.screenshot("mypos-saved-card-offered");
        }
    }
}
