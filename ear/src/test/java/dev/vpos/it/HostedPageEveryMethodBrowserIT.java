package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every payment method the demo companies offer opens on the hosted page ready to pay, chosen by the portal's
 * {@code ?method=} or by the payer's click, with no script error: a card method with its card form, a method whose
 * bank or provider takes the card (3D Host, myPOS, Stripe, ...) without one. A page that breaks for one kind of
 * method shows the payer "The page could not be loaded" — which is what a 3D Host or myPOS method chosen up front did
 * after the route suggestion came (the two browser runs of those families caught it only in the whole suite).
 */
class HostedPageEveryMethodBrowserIT {

    @Test
    void everyMethodOfTheDemoCompaniesOpensReadyToPayWithoutAScriptError() {
        List<String> problems = new ArrayList<>();
        int opened = 0;
        try (Browser browser = Browser.start("ar-SA,ar")) {
            for (String code : List.of("DEMO", "DEMO2")) {
                String session = ThreeDsCheckoutIT.openSession(company(code), "249.90");
                JsonArray methods = PayerDetails.of(session).getJsonArray("methods");
                assertTrue(methods.size() > 1, code + " offers its methods: " + methods);
                for (JsonObject m : methods.getValuesAs(JsonObject.class)) {
                    long id = m.getJsonNumber("id").longValue();
                    browser.driver.manage().logs().get(LogType.BROWSER); // the earlier page's messages
                    browser.driver.get(TestServer.BASE + "/vpos/pay/" + session + "?method=" + id);
                    browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
                    opened++;
                    String label = code + " " + m.getString("family") + " (" + id + ")";
                    boolean asksCard = m.getBoolean("asksCard");
                    List<org.openqa.selenium.WebElement> number = browser.driver.findElements(By.id("cardNumber"));
                    if (asksCard != (!number.isEmpty() && number.get(0).isDisplayed())) {
                        problems.add(label + ": card form shown = " + !asksCard + ", expected " + asksCard);
                    }
                    if (!String.valueOf(id)
                            .equals(browser.driver
                                    .findElement(By.cssSelector("#pay-form input[name='method']"))
                                    .getAttribute("value"))) {
                        problems.add(label + ": the form would pay with another method");
                    }
                    scriptErrors(browser).forEach(e -> problems.add(label + ": " + e));
                }
                // and chosen by a click, each in turn, from the first one the page opened with
                browser.driver.get(TestServer.BASE + "/vpos/pay/" + session);
                browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
                for (JsonObject m : methods.getValuesAs(JsonObject.class)) {
                    long id = m.getJsonNumber("id").longValue();
                    browser.driver
                            .findElement(By.cssSelector("#methods a.method[data-id='" + id + "']"))
                            .click();
                    browser.wait.until(d -> String.valueOf(id)
                            .equals(d.findElement(By.cssSelector("#pay-form input[name='method']"))
                                    .getAttribute("value")));
                    browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
                    scriptErrors(browser)
                            .forEach(e -> problems.add(code + " click " + m.getString("family") + ": " + e));
                }
            }
        }
        assertTrue(opened >= 10, "methods opened: " + opened);
        assertEquals(List.of(), problems);
    }

    private static List<String> scriptErrors(Browser browser) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.driver.manage().logs().get(LogType.BROWSER)) {
            // a missing favicon is the browser's own request, not the page's
            if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    && !e.getMessage().contains("favicon.ico")) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static long company(String code) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> code.equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }
}
