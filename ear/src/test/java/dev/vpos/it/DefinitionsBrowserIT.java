package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** System > Parameters > Virtual POS Definitions in a real browser, as an admin uses it. */
class DefinitionsBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void signIn() {
        browser = Browser.start();
        browser.signIn("definitions.html", "admin");
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anAdminCreatesDefinitionsForTwoCompaniesAtTwoBanks() {
        String suffix = "-" + System.nanoTime() % 100000;
        createAndEnable(
                "DEMO2 – Demo Lojistik A.Ş.",
                "ZIRAAT" + suffix,
                "T.C. Ziraat Bankası",
                "ZIRAATAPI",
                "ZIRAAT19",
                "190100000");
        createAndEnable(
                "DEMO – Demo Ticaret A.Ş.",
                "ISBANK" + suffix,
                "Türkiye İş Bankası",
                "ISBANKAPI",
                "ISBANK07",
                "700655000200");
    }

    private static void createAndEnable(
            String company, String code, String bank, String user, String password, String clientId) {
        openNewForm(company);
        fillEst(code, clientId, password);
        browser.type("f-bankName", bank);
        browser.type("cred-apiUser", user);
        browser.driver.findElement(By.id("save")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("definition-" + code)));
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("enable-" + code)))
                .click();
        browser.wait.until(d -> "yes"
                .equals(d.findElement(By.id("definition-" + code))
                        .findElement(By.className("enabled"))
                        .getText()));
    }

    @Test
    void anAdminCreatesADefinitionFromTheFamilyFormTestsTheConnectionAndEnablesIt() {
        String code = "UI-" + System.nanoTime() % 100000;
        openNewForm();
        fillEst(code, "190100000", "ZIRAAT19");
        browser.driver.findElement(By.id("save")).click();

        By row = By.id("definition-" + code);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(row));
        browser.wait.until(d -> "no"
                .equals(d.findElement(row).findElement(By.className("enabled")).getText()));

        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("test-" + code)))
                .click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "credentials accepted"));
        assertTrue(browser.driver.findElement(By.id("notice")).getText().contains("bank reachable"));

        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("enable-" + code)))
                .click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), code + " enabled."));
        browser.wait.until(d -> "yes"
                .equals(d.findElement(row).findElement(By.className("enabled")).getText()));
        browser.screenshot("definitions-enabled");
        browser.docsScreenshot("admin-definitions");
    }

    @Test
    void aRejectedFieldIsShownNextToItAndNothingIsCreated() {
        String code = "BAD-" + System.nanoTime() % 100000;
        openNewForm();
        fillEst(code, "12ab", "ZIRAAT19");
        browser.driver.findElement(By.id("save")).click();

        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#credentials .field-error")));
        String error = browser.driver
                .findElement(By.cssSelector("#credentials .field-error"))
                .getText();
        assertTrue(error.contains("5–20 digits"), error);
        assertTrue(browser.driver.findElements(By.id("definition-" + code)).isEmpty(), "nothing created");
    }

    @Test
    void aTestKeyOnALiveStripeDefinitionIsRejectedNextToTheKey() {
        openNewForm();
        new Select(browser.driver.findElement(By.id("f-family"))).selectByValue("STRIPE");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cred-secretKey")));
        browser.type("f-code", "STRIPE-UI-LIVE");
        browser.type("f-displayName", "Kartla öde");
        browser.type("f-bankName", "Stripe");
        new Select(browser.driver.findElement(By.id("f-environment"))).selectByValue("LIVE");
        browser.type("f-currencies", "USD");
        browser.type("cred-publishableKey", "pk_live_51HxAbCdEf");
        browser.type("cred-secretKey", "sk_test_51HxAbCdEf");
        browser.driver.findElement(By.id("save")).click();

        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#credentials .field-error")));
        String error = browser.driver
                .findElement(By.cssSelector("#credentials .field-error"))
                .getText();
        assertTrue(error.contains("a LIVE definition needs a live key"), error);
        assertTrue(browser.driver
                .findElement(By.id("cred-secretKey"))
                .getAttribute("class")
                .contains("bad"));
        browser.screenshot("definitions-live-key-rejected");
    }

    /** Issue #13 item 5: a 3-D model without its store key is not enabled, and the screen says which key and why. */
    @Test
    void aThreeDsDefinitionWithoutItsStoreKeyIsNotEnabledAndTheScreenSaysWhy() {
        String code = "NOKEY-" + System.nanoTime() % 100000;
        openNewForm();
        fillEst(code, "190100000", "ZIRAAT19");
        new Select(browser.driver.findElement(By.id("f-paymentModel"))).selectByValue("THREE_D_PAY");
        browser.driver.findElement(By.id("cred-storeKey")).clear();
        browser.driver.findElement(By.id("save")).click();
        By row = By.id("definition-" + code);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(row));

        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("enable-" + code)))
                .click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "storeKey"));
        String notice = browser.driver.findElement(By.id("notice")).getText();
        assertTrue(notice.contains("THREE_D_PAY") && notice.contains("credentials.storeKey"), notice);
        assertTrue("no"
                .equals(browser.driver
                        .findElement(row)
                        .findElement(By.className("enabled"))
                        .getText()));
    }

    private static void openNewForm() {
        openNewForm("DEMO2 – Demo Lojistik A.Ş.");
    }

    private static void openNewForm(String company) {
        new Select(browser.driver.findElement(By.id("company"))).selectByVisibleText(company);
        browser.driver.findElement(By.id("new-definition")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cred-clientId")));
    }

    private static void fillEst(String code, String clientId, String password) {
        browser.type("f-code", code);
        browser.type("f-displayName", "Ziraat Sanal POS");
        browser.type("f-bankName", "T.C. Ziraat Bankası");
        browser.type("f-testEndpointUrl", TestServer.SIMULATOR + "/est/fim/api");
        browser.type("f-readTimeoutMs", "3000");
        browser.type("f-currencies", "TRY");
        browser.type("cred-apiUser", "ZIRAATAPI");
        browser.type("cred-password", password);
        browser.type("cred-clientId", clientId);
        browser.type("cred-storeKey", "123456");
    }
}
