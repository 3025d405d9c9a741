package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * System › Definition Health in a browser: an administrator reads a definition's morning check after a sale and a
 * decline (status and its reason, rate, calls, latency, certificate expiry, bank host and outgoing IP); an auditor
 * granted DEMO only reads it in Arabic, right to left, without DEMO2's definitions.
 */
class DefinitionHealthBrowserIT {

    @Test
    void anAdministratorSeesTheRateUnderTheThresholdAndWhy() {
        long demo = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        assertEquals(
                201,
                DefinitionHealth.sell(demo, definition, Sales.APPROVED_CARD, "75.00")
                        .status());
        assertEquals(
                402,
                DefinitionHealth.sell(demo, definition, Sales.INSUFFICIENT_FUNDS_CARD, "76.00")
                        .status());

        try (Browser browser = Browser.start()) {
            browser.signIn("definition-health.html", "admin");
            WebElement row = loaded(browser, definition);
            assertEquals("WARNING", row.getAttribute("data-status"));
            String status = cell(row, "status");
            assertTrue(status.startsWith("Warning"), status);
            assertTrue(status.contains("Approval rate 50.0% is under 80.0% (1 of 2 answered)."), status);
            assertTrue(cell(row, "rate").startsWith("50.0%"), cell(row, "rate"));
            assertTrue(cell(row, "calls").startsWith("2\n2 payments, 1 declined"), cell(row, "calls"));
            assertTrue(cell(row, "latency").startsWith("p50 "), cell(row, "latency"));
            assertEquals("none", cell(row, "expiry"));
            String route = cell(row, "route");
            assertTrue(route.startsWith("localhost\nfrom "), route);
            assertTrue(!cell(row, "last-approval").equals("never"), cell(row, "last-approval"));
            String mypos = browser.driver.findElements(By.cssSelector("#health tbody tr")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains("MYPOS-DEMO"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(mypos.contains("2036") && mypos.contains("myPOS certificate (PEM)"), mypos);
            assertTrue(browser.text("health-summary").startsWith("Last hour "), browser.text("health-summary"));
            assertEquals("Definition Health", browser.text("nav-definition-health"));
            browser.docsScreenshot("admin-definition-health");
        }
    }

    @Test
    void anAuditorOfDemoReadsItInArabicWithoutDemo2() {
        long demo = Sales.demoCompanyId();
        long demo2 = DefinitionHealth.company("DEMO2");
        DefinitionHealth.grant("auditor-demo", demo);
        long own = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        long other = FamilyOperationsIT.definition(demo2, "EST", "REGULAR");
        assertEquals(
                402,
                DefinitionHealth.sell(demo, own, Sales.INSUFFICIENT_FUNDS_CARD, "77.00")
                        .status());

        try (Browser browser = Browser.start("ar-SA,ar")) {
            browser.signIn("definition-health.html", "auditor-demo");
            WebElement row = loaded(browser, own);
            assertEquals("rtl", browser.dir());
            assertEquals("ar", browser.lang());
            assertEquals("سلامة التعريفات", browser.text("nav-definition-health"));
            assertEquals("FAILING", row.getAttribute("data-status"), "one call, no approval");
            assertTrue(cell(row, "status").startsWith("متعطل"), cell(row, "status"));
            assertTrue(cell(row, "status").contains("لا موافقة في الساعة الأخيرة"), cell(row, "status"));
            assertTrue(browser.driver.findElements(By.id("health-" + other)).isEmpty(), "DEMO2 is not granted");
            browser.driver
                    .findElements(By.cssSelector("#health tbody tr"))
                    .forEach(r -> assertTrue(
                            r.getText().contains("DEMO") && !r.getText().contains("DEMO2"), r.getText()));
            browser.screenshot("ar-definition-health");
        }
    }

    private static WebElement loaded(Browser browser, long definition) {
        browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        return browser.driver.findElement(By.id("health-" + definition));
    }

    private static String cell(WebElement row, String className) {
        return Browser.plain(row.findElement(By.cssSelector("td." + className)).getText());
    }
}
