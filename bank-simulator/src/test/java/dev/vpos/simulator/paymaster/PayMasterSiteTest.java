package dev.vpos.simulator.paymaster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.hosted.NotificationDelivery;
import dev.vpos.simulator.ledger.Ledger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated PayMaster's form checks and REST API authentication. */
class PayMasterSiteTest {

    private static final String SITE = "a1b2c3d4-0000-4000-8000-000000000256";
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final PayMasterSite site = new PayMasterSite(
            PayMasterMerchants.fromClasspath(),
            new Ledger(),
            new NotificationDelivery(executor, HttpClient.newHttpClient(), Clock.systemUTC(), Duration.ofMillis(10), 1),
            executor,
            HttpClient.newHttpClient(),
            Clock.systemUTC(),
            Duration.ofSeconds(1));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static String b64(String algorithm, String s) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String amount) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", SITE);
        f.put("LMI_PAYMENT_AMOUNT", amount);
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_NO", "VP1");
        f.put("LMI_PAYMENT_DESC", "Order VP1");
        f.put("LMI_SIM_MODE", "0");
        f.put("SIGN", b64("SHA-256", SITE + "VP1" + amount + "RUB" + "pm-test-secret-256"));
        return f;
    }

    @Test
    void thePaymentFormIsCheckedAndItsSignToo() {
        assertEquals(200, site.init(form("150.00"), "http://sim").status());
        Map<String, String> noSign = form("150.00");
        noSign.remove("SIGN");
        assertEquals(200, site.init(noSign, "http://sim").status(), "SIGN is the merchant's own, optional");
        Map<String, String> tampered = form("150.00");
        tampered.put("LMI_PAYMENT_AMOUNT", "15.00");
        assertTrue(site.init(tampered, "http://sim").body().contains("Invalid signature"));
        Map<String, String> unknown = form("150.00");
        unknown.put("LMI_MERCHANT_ID", "nobody");
        assertEquals(400, site.init(unknown, "http://sim").status());
        assertEquals(400, site.init(form("150,00"), "http://sim").status());
        Map<String, String> simMode = form("150.00");
        simMode.put("LMI_SIM_MODE", "3");
        assertEquals(400, site.init(simMode, "http://sim").status());
        Map<String, String> numeric = form("150.00");
        numeric.put("LMI_CURRENCY", "643");
        numeric.put("SIGN", b64("SHA-256", SITE + "VP1" + "150.00" + "643" + "pm-test-secret-256"));
        assertTrue(site.init(numeric, "http://sim").body().contains("150.00 RUB"), "ISO number read as RUB");
    }

    @Test
    void theRestApiChecksLoginHashAndNonce() {
        String hash = b64("SHA-1", "test-api-256;pm-test-api-256;n1;VP404;" + SITE);
        String query = "login=test-api-256&nonce=n1&hash=" + java.net.URLEncoder.encode(hash, StandardCharsets.UTF_8)
                + "&invoiceID=VP404&siteAlias=" + SITE;
        assertEquals(
                "{\"ErrorCode\":-13}",
                site.api().handle("getPaymentByInvoiceID", query).body());
        assertEquals(
                "{\"ErrorCode\":-14}",
                site.api().handle("getpaymentbyinvoiceid", query).body(),
                "nonce used again");
        assertEquals(
                "{\"ErrorCode\":-7}",
                site.api()
                        .handle("getPaymentByInvoiceID", query.replace("nonce=n1", "nonce=n2"))
                        .body());
        assertEquals(
                "{\"ErrorCode\":-6}",
                site.api()
                        .handle("getPaymentByInvoiceID", query.replace("login=test-api-256", "login=nobody"))
                        .body());
        assertEquals(
                "{\"ErrorCode\":-1}", site.api().handle("deletePayment", query).body());
    }
}
