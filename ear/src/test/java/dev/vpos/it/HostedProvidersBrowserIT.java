package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo portal with the hosted providers, in a real browser: complete an order → our hosted page → choose
 * 2Checkout (or PayMaster) → the provider's own card page (our page asks for no card) → back to the portal, paid.
 * The demo definitions are the seeded ones on the simulator's demo merchants.
 */
class HostedProvidersBrowserIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TWOCHECKOUT,ORD-2026-0008,place-order", "PAYMASTER,ORD-2026-0005,pay"})
    void aDemoOrderIsPaidOnTheProvidersOwnPage(String family, String order, String providerButton) {
        try (Browser browser = Browser.start()) {
            browser.driver.get(TestServer.BASE + "/vpos/demo-portal/");
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[id='" + order + "'] button")))
                    .click();
            By method = By.cssSelector("#methods a[data-family='" + family + "']");
            browser.wait.until(ExpectedConditions.elementToBeClickable(method)).click();
            browser.wait.until(ExpectedConditions.attributeContains(
                    By.cssSelector("#methods a[data-family='" + family + "']"), "class", "selected"));
            assertTrue(
                    browser.driver.findElements(By.id("cardNumber")).isEmpty(), "our page takes no card for " + family);
            browser.driver.findElement(By.id("pay")).click();

            // the provider's page (the simulator), reached through our page's form
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(providerButton)));
            String providerUrl = browser.driver.getCurrentUrl();
            assertTrue(providerUrl.contains("/bank-simulator/"), providerUrl);
            assertFalse(providerUrl.contains("/vpos/"), providerUrl);
            browser.driver.findElement(By.id("holder")).clear();
            browser.type("holder", "John Doe");
            browser.type("cardNumber", "4111111111111111");
            browser.type("expiry", "12/30");
            browser.type("cvv", "123");
            browser.driver.findElement(By.id(providerButton)).click();
            // our result page first (issue #18: after the provider's page too), then back to the shop
            browser.wait.until(
                    d -> "approved".equals(d.findElement(By.id("result")).getAttribute("data-outcome")));
            browser.driver.findElement(By.id("back")).click();

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
            String outcome = browser.driver.findElement(By.id("outcome")).getText();
            assertTrue(outcome.startsWith("Order " + order + ": paid"), outcome);
            assertEquals(
                    "paid",
                    browser.driver
                            .findElement(By.cssSelector("tr[id='" + order + "'] .open"))
                            .getText());
            browser.screenshot("demo-portal-" + family.toLowerCase(java.util.Locale.ROOT) + "-paid");
        }
    }
}
