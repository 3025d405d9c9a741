package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A company's logo on the payer's page: an administrator uploads a PNG (other kinds of file and other roles are
 * refused), the payer's page names it with a version and serves it to anyone holding the session id, and once removed
 * the page shows the name alone.
 */
class CompanyLogoIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The demo company: its seeded definition takes TRY, so a checkout session can be made on a fresh database. */
    private static long demo() {
        return Sales.demoCompanyId();
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(11, 92, 171));
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static TestServer.Reply put(long company, String user, String type, byte[] body) {
        return TestServer.send(TestServer.request(TestServer.API + "/companies/" + company + "/logo", user)
                .header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static HttpResponse<byte[]> fetch(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(TestServer.BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anAdministratorUploadsTheLogoOnTheDefinitionsScreenAndThePayerSeesIt() throws Exception {
        long company = demo();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("logo", ".png");
        java.nio.file.Files.write(file, png());
        String session = session(company);
        try (Browser browser = Browser.start()) {
            browser.signIn("definitions.html", "admin");
            browser.wait.until(
                    d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            new Select(browser.driver.findElement(By.id("company"))).selectByValue(String.valueOf(company));
            browser.driver.findElement(By.id("company-logo-file")).sendKeys(file.toString());
            browser.wait.until(ExpectedConditions.textToBe(By.id("notice"), "The logo is on the payment page."));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("company-logo")));

            browser.driver.get(TestServer.BASE + "/vpos/pay/" + session);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merchant-logo")));
            assertEquals("Demo Ticaret A.Ş.", browser.text("merchant-name"));
            assertEquals("", browser.driver.findElement(By.id("merchant-logo")).getAttribute("alt"), "decorative");
            assertEquals(
                    40L,
                    ((Number) browser.script("return document.getElementById('merchant-logo').naturalWidth;"))
                            .longValue(),
                    "the image itself loaded");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            TestServer.send(TestServer.request(TestServer.API + "/companies/" + company + "/logo", "admin")
                    .DELETE()
                    .build());
        }
    }

    private static String session(long company) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("purpose", "BALANCE")
                .add("reference", "LOGO-" + UUID.randomUUID().toString().substring(0, 8))
                .add("amount", "10.00")
                .add("currency", "TRY")
                .add("returnUrl", "http://portal.example/logo")
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    @Test
    void anAdministratorsLogoIsShownOnThePayersPageUntilRemoved() throws Exception {
        long company = demo();
        byte[] logo = png();

        TestServer.Reply svg = put(
                company,
                "admin",
                "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, svg.status(), svg.toString());
        assertEquals("logo", svg.json().getJsonArray("fields").getJsonObject(0).getString("field"), svg.toString());
        assertEquals(
                400, put(company, "admin", "image/png", new byte[300 * 1024]).status(), "too large");
        assertEquals(403, put(company, "collector", "image/png", logo).status(), "only an administrator uploads");

        TestServer.Reply uploaded = put(company, "admin", "image/png", logo);
        assertEquals(200, uploaded.status(), uploaded.toString());
        String version = uploaded.json().getString("version");

        String session = session(company);
        JsonObject details = PayerDetails.of(session);
        assertEquals("Demo Ticaret A.Ş.", details.getString("companyName"));
        assertEquals("/vpos/pay/" + session + "/logo?v=" + version, details.getString("companyLogoUrl"));
        HttpResponse<byte[]> served = fetch(details.getString("companyLogoUrl"));
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(logo, served.body(), "the image as uploaded, to anyone holding the session id");

        TestServer.Reply removed =
                TestServer.send(TestServer.request(TestServer.API + "/companies/" + company + "/logo", "admin")
                        .DELETE()
                        .build());
        assertEquals(204, removed.status(), removed.toString());
        assertFalse(PayerDetails.of(session).containsKey("companyLogoUrl"), "the name alone");
        assertEquals(404, fetch("/vpos/pay/" + session + "/logo").statusCode());
        assertEquals(404, fetch("/vpos/pay/no-such-session/logo").statusCode());
    }
}
