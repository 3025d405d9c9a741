package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every staff screen in Arabic, as an administrator whose browser prefers Arabic (Saudi Arabia) sees it: right to
 * left, Arabic labels and menu, amounts, counts and dates in the locale's digits, unified reasons in Arabic from the
 * server, and the bank's own message verbatim beside them.
 */
class StaffScreensArabicBrowserIT {

    /** Arabic-Indic digits: what ar-SA writes numbers with. */
    private static final Pattern ARABIC_DIGITS = Pattern.compile("[\u0660-\u0669]");
    /** A date and time in ar-SA: day/month/year with Arabic-Indic digits and the Arabic AM/PM marker. */
    private static final Pattern ARABIC_DATE_TIME =
            Pattern.compile("[\u0660-\u0669]{2}\u200f?/[\u0660-\u0669]{2}\u200f?/[\u0660-\u0669]{4}.*[\u0635\u0645]");

    private static final String APP = "تحصيلات نقاط البيع الافتراضية";
    private static final String INSUFFICIENT_FUNDS = "الرصيد غير كافٍ";

    @Test
    void anAdministratorWalksEveryStaffScreenInArabic() {
        long company = Sales.demoCompanyId();
        long account = Sales.firstCustomerAccountId(company);
        JsonObject approved = TestServer.postJson(
                        TestServer.API + "/collections",
                        "collector",
                        Sales.sale(company, account, "1234.50", Sales.APPROVED_CARD, "12/30"),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .json();
        TestServer.Reply decline = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                Sales.sale(company, account, "64.51", Sales.APPROVED_CARD, "12/30"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(402, decline.status(), decline.toString());
        String declinedOrder = decline.json().getString("bankOrderId");
        String banksOwnWords = decline.json().getString("bankMessage");

        try (Browser browser = Browser.start("ar-SA,ar")) {
            landing(browser);
            definitions(browser);
            collect(browser);
            batches(browser, approved.getString("bankOrderId"));
            reconciliation(browser);
            returnCodeLog(browser, declinedOrder, banksOwnWords);
        }
    }

    private static void landing(Browser browser) {
        browser.signIn("", "admin");
        browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        rightToLeftInArabic(browser);
        assertEquals("الإعدادات › تعريفات نقاط البيع الافتراضية", browser.text("nav-definitions"));
        assertEquals("سجل رموز الرد", browser.text("nav-return-code-log"));
        assertEquals("سلامة التعريفات", browser.text("nav-definition-health"));
        assertEquals("دفعات بطاقات الائتمان", browser.text("nav-batches"));
        assertEquals("دفعات بطاقات الائتمان › التحصيل الإلكتروني", browser.text("nav-collect"));
        assertEquals("دفعات بطاقات الائتمان › المطابقة", browser.text("nav-reconciliation"));
        assertEquals(
                "النظام",
                browser.driver
                        .findElement(By.cssSelector("#menu-system .menu-title"))
                        .getText());
        assertEquals("(مسؤول نقاط البيع الافتراضية)", browser.text("roles"));
        assertEquals("تسجيل الخروج", browser.text("sign-out"));
        assertEquals(
                "تحتاج إلى متابعة: نتيجة غير معروفة",
                browser.driver
                        .findElement(By.cssSelector("#attention-section h2"))
                        .getText());
        String latest = Browser.plain(browser.driver
                .findElement(By.cssSelector("#batches tbody tr td"))
                .getText());
        assertTrue(ARABIC_DATE_TIME.matcher(latest).find(), latest);
        browser.screenshot("ar-landing");
    }

    private static void definitions(Browser browser) {
        browser.driver.findElement(By.id("nav-definitions")).click();
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        rightToLeftInArabic(browser);
        assertTrue(browser.driver.getTitle().startsWith("تعريفات نقاط البيع الافتراضية"), browser.driver.getTitle());
        assertEquals(
                "page",
                browser.driver.findElement(By.id("nav-definitions")).getAttribute("aria-current"),
                "the menu marks where the user is");
        assertEquals(
                "الشعار",
                browser.driver.findElement(By.cssSelector("#definitions th")).getText());
        // every definition shows a logo: its own, or the family's mark served by the module
        assertTrue(
                (Boolean) browser.script("const logos = document.querySelectorAll('#definitions img.logo');"
                        + "return logos.length > 0 && Array.from(logos).every(i => i.complete && i.naturalWidth > 0);"),
                "every logo is loaded");
        String enabled = browser.driver
                .findElement(By.cssSelector("#definitions td.enabled"))
                .getText();
        assertTrue(enabled.equals("نعم") || enabled.equals("لا"), enabled);
        browser.driver.findElement(By.id("new-definition")).click();
        browser.wait.until(d -> d.findElement(By.id("editor")).isDisplayed());
        assertEquals("تعريف جديد", browser.text("editor-title"));
        assertTrue(
                browser.driver.findElement(By.id("definition-form")).getText().contains("بيانات الاعتماد"));
        browser.wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const i = document.getElementById('logo-preview');"
                        + "return i.complete && i.naturalWidth > 0 && /assets\\/logos\\/[a-z_]+\\.svg$/.test(i.src);"));
        browser.screenshot("ar-definitions");
    }

    private static void collect(Browser browser) {
        browser.driver.findElement(By.id("nav-collect")).click();
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        rightToLeftInArabic(browser);
        assertEquals("تحصيل", browser.text("collect"));
        browser.type("customer-search", "C001");
        browser.driver.findElement(By.id("customer-search")).sendKeys(Keys.TAB);
        browser.type("amount", "٢٥٫٤٠"); // typed with the locale's digits and decimal separator
        browser.type("card-number", Sales.APPROVED_CARD);
        browser.type("card-expiry", "12/30");
        browser.type("card-cvv", "123");
        browser.wait.until(d -> d.findElement(By.id("quote")).getText().contains("العمولة"));
        browser.driver.findElement(By.id("collect")).click();
        browser.wait.until(d -> !d.findElement(By.id("result")).getText().isBlank());
        String approved = browser.text("result");
        assertTrue(approved.startsWith("تمت الموافقة – رمز الموافقة"), approved);
        assertTrue(approved.contains("٢٥٫٤٠ TRY"), approved);

        browser.driver.findElement(By.id("new-payment")).click();
        browser.type("customer-search", "C001");
        browser.driver.findElement(By.id("customer-search")).sendKeys(Keys.TAB);
        browser.type("amount", "30.00");
        browser.type("card-number", Sales.INSUFFICIENT_FUNDS_CARD);
        browser.type("card-expiry", "12/30");
        browser.type("card-cvv", "123");
        browser.driver.findElement(By.id("collect")).click();
        browser.wait.until(d -> d.findElement(By.id("result")).getText().startsWith("مرفوضة"));
        String declined = browser.text("result");
        assertTrue(declined.startsWith("مرفوضة: " + INSUFFICIENT_FUNDS + " (رمز البنك 51)"), declined);
        assertTrue(declined.contains("رسالة البنك:"), declined);
        String verbatim = Browser.plain(browser.driver
                .findElement(By.cssSelector("#result bdi.bank-message"))
                .getText());
        assertTrue(!verbatim.isBlank() && !verbatim.equals(INSUFFICIENT_FUNDS), verbatim);
        browser.screenshot("ar-collect-declined");
    }

    private static void batches(Browser browser, String order) {
        browser.driver.findElement(By.id("nav-batches")).click();
        browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        rightToLeftInArabic(browser);
        String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
        browser.type("q", order);
        browser.driver.findElement(By.id("apply")).click();
        browser.wait.until(d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertTrue(browser.text("totals").startsWith("عدد القيود: ١. TRY: الإجمالي ١٢٣٤٫٥٠"), browser.text("totals"));
        WebElement row = browser.driver.findElement(By.cssSelector("#batches tbody tr"));
        String text = Browser.plain(row.getText());
        assertTrue(text.contains("١٢٣٤٫٥٠ TRY") && text.contains("مقبولة") && text.contains(order), text);
        assertTrue(ARABIC_DATE_TIME.matcher(text).find(), text);
        assertEquals("الصفحة ١ من ١", browser.text("position"));
        row.click();
        browser.wait.until(d -> d.findElement(By.id("detail")).isDisplayed());
        assertEquals("مقبولة", browser.text("detail-state"));
        assertEquals("قيد دفعة البطاقة " + order, browser.text("detail-title"));
        browser.screenshot("ar-batches-detail");
        browser.driver.findElement(By.id("detail-close")).click();
    }

    private static void reconciliation(Browser browser) {
        browser.driver.findElement(By.id("nav-reconciliation")).click();
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        rightToLeftInArabic(browser);
        assertEquals(
                "كشف البنك",
                browser.driver.findElement(By.cssSelector("main section h2")).getText());
        assertTrue(browser.driver.findElement(By.id("mappings")).getText().contains("SIM-EST"));
        assertTrue(browser.text("mappings-section").contains("تعريفات ملفات التسوية"));
        browser.type("date", "01012020");
        browser.driver.findElement(By.id("show")).click();
        browser.wait.until(d -> d.findElement(By.id("errors")).isDisplayed());
        String nothing = browser.text("errors");
        assertTrue(nothing.startsWith("لم يُستورد شيء بعد"), nothing);
        assertTrue(
                Pattern.compile("٠١\u200f?/٠١\u200f?/٢٠٢٠").matcher(nothing).find(), "the date in ar-SA: " + nothing);
        browser.screenshot("ar-reconciliation");
    }

    private static void returnCodeLog(Browser browser, String order, String banksOwnWords) {
        browser.driver.findElement(By.id("nav-return-code-log")).click();
        browser.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        rightToLeftInArabic(browser);
        String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-loaded");
        browser.type("q", order);
        browser.driver.findElement(By.id("apply")).click();
        browser.wait.until(d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertEquals("عدد العمليات: ١: ١ مرفوضة", browser.text("totals"));
        WebElement row = browser.driver.findElement(By.cssSelector("#log tbody tr.row"));
        String text = Browser.plain(row.getText());
        assertTrue(text.contains(INSUFFICIENT_FUNDS) && text.contains("مرفوضة") && text.contains("بيع"), text);
        String message =
                Browser.plain(row.findElement(By.cssSelector("td.bank-message")).getText());
        assertEquals(banksOwnWords, message, "the bank's message verbatim");
        assertTrue(ARABIC_DIGITS.matcher(text).find(), text);
        assertTrue(browser.text("legend").contains(INSUFFICIENT_FUNDS), browser.text("legend"));
        assertTrue(browser.text("chart-period").contains("Europe/Istanbul"), browser.text("chart-period"));
        row.click();
        browser.wait.until(d -> d.findElement(By.id("detail")).isDisplayed());
        assertTrue(
                browser.text("detail-facts").contains(INSUFFICIENT_FUNDS + " (INSUFFICIENT_FUNDS)"),
                browser.text("detail-facts"));
        browser.screenshot("ar-return-code-log");
    }

    private static void rightToLeftInArabic(Browser browser) {
        assertEquals("rtl", browser.dir());
        assertEquals("ar", browser.lang());
        String title =
                browser.driver.findElement(By.cssSelector("#app-header h1")).getText();
        assertTrue(title.startsWith(APP), title);
    }
}
