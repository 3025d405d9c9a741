package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The credit-card batch list fits a 1366 px screen (the smallest laptop staff use) without horizontal scrolling, in
 * each language the screens speak: every column, the filter and the record opened are inside the window.
 */
class BatchListFitBrowserIT {

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "tr-TR", "ar-SA"})
    void theBatchListFitsA1366PixelScreen(String language) {
        long company = Sales.demoCompanyId();
        TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                Sales.sale(company, Sales.firstCustomerAccountId(company), "98765.43", Sales.APPROVED_CARD, "12/30"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        try (Browser browser = Browser.start(language)) {
            browser.resize(1366, 768);
            browser.signIn("batches.html", "finance");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            assertTrue(
                    browser.driver
                                    .findElements(By.cssSelector("#batches tbody tr[id^='batch-']"))
                                    .size()
                            >= 1,
                    "a list with records");
            assertFits(browser, "the list");
            browser.screenshot("batches-1366-" + language);

            browser.driver
                    .findElement(By.cssSelector("#batches tbody tr[id^='batch-']"))
                    .click();
            browser.wait.until(d -> d.findElement(By.id("detail")).isDisplayed());
            assertFits(browser, "the record opened");
        }
    }

    /** Nothing wider than the window: the page does not scroll sideways and the table's edges are in view. */
    private static void assertFits(Browser browser, String what) {
        @SuppressWarnings("unchecked")
        List<Number> m = (List<Number>) browser.script("const e = document.documentElement;"
                + "const r = document.getElementById('batches').getBoundingClientRect();"
                + "return [e.scrollWidth, e.clientWidth, r.left, r.right, window.innerWidth];");
        String measured = what + ": page " + m.get(0) + " of " + m.get(1) + " px, table " + m.get(2) + ".." + m.get(3)
                + " in a " + m.get(4) + " px window";
        assertTrue(m.get(0).doubleValue() <= m.get(1).doubleValue(), "no horizontal scrolling: " + measured);
        assertTrue(
                m.get(2).doubleValue() >= 0
                        && m.get(3).doubleValue() <= m.get(1).doubleValue(),
                "every column in view: " + measured);
    }
}
