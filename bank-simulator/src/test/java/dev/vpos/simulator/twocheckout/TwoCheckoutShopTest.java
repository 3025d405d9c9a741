package dev.vpos.simulator.twocheckout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.hosted.NotificationDelivery;
import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.ledger.Ledger;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated 2Checkout's checks: buy-link signature, card outcomes, the signed return, the REST API header, IPNs. */
class TwoCheckoutShopTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String BASE = "http://sim.example/bank-simulator";
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Ledger ledger = new Ledger();
    private final TwoCheckoutShop shop = new TwoCheckoutShop(
            TwoCheckoutMerchants.fromClasspath(),
            ledger,
            new NotificationDelivery(executor, HttpClient.newHttpClient(), clock, Duration.ofMillis(10), 1),
            executor,
            clock,
            Duration.ofSeconds(1));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** HMAC-SHA256 over the sorted, length-prefixed values, written here independently of the simulator. */
    private static String sign(Map<String, String> parameters, String word) {
        StringBuilder source = new StringBuilder();
        new TreeMap<>(parameters)
                .values()
                .forEach(v ->
                        source.append(v.getBytes(StandardCharsets.UTF_8).length).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(word.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(source.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> link(String order, String price) {
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("prod", "Order " + order);
        signed.put("price", price);
        signed.put("qty", "1");
        signed.put("type", "PRODUCT");
        signed.put("tangible", "0");
        signed.put("currency", "TRY");
        signed.put("order-ext-ref", order);
        signed.put("return-url", "http://erp.example/vpos/3ds/callback/abc");
        signed.put("return-type", "redirect");
        signed.put("expiration", String.valueOf(NOW.getEpochSecond() + 3600));
        Map<String, String> link = new LinkedHashMap<>(signed);
        link.put("merchant", "TEST2CO");
        link.put("dynamic", "1");
        link.put("test", "1");
        link.put("language", "tr");
        link.put("signature", sign(signed, "2co-test-buy-link-word"));
        return link;
    }

    private static String cart(String page) {
        Matcher m = Pattern.compile("name=\"cart\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private TwoCheckoutReply pay(String order, String pan, String price) {
        TwoCheckoutReply page = shop.buyLink(link(order, price), BASE);
        assertEquals(200, page.status(), page.body());
        return shop.pay(
                Map.of(
                        "cart",
                        cart(page.body()),
                        "holder",
                        "John Doe",
                        "cardNumber",
                        pan,
                        "expiry",
                        "12/30",
                        "cvv",
                        "123"),
                BASE);
    }

    @Test
    void aBuyLinkIsCheckedAs2CheckoutSignsIt() {
        assertEquals(200, shop.buyLink(link("VP1", "150.00"), BASE).status());
        Map<String, String> tampered = link("VP1", "150.00");
        tampered.put("price", "1.50");
        assertEquals(400, shop.buyLink(tampered, BASE).status());
        Map<String, String> unknown = link("VP1", "150.00");
        unknown.put("merchant", "NOBODY");
        assertEquals(400, shop.buyLink(unknown, BASE).status());
        Map<String, String> otherWord = link("VP1", "150.00");
        otherWord.put("signature", sign(Map.of("price", "150.00"), "2co-test-buy-link-word"));
        assertEquals(400, shop.buyLink(otherWord, BASE).status(), "a signature over fewer parameters");
    }

    @Test
    void theCardPageSpeaksTheLanguageOfTheLinkArabicRightToLeft() {
        Map<String, String> expected = Map.of(
                "tr", "Siparişi tamamla",
                "en", "Place order",
                "ar", "إتمام الطلب",
                "el", "Ολοκλήρωση παραγγελίας",
                "it", "Conferma ordine",
                "ru", "Оформить заказ");
        expected.forEach((language, button) -> {
            Map<String, String> link = link("VPL" + language, "150.00");
            link.put("language", language);
            String page = shop.buyLink(link, BASE).body();
            String dir = "ar".equals(language) ? "rtl" : "ltr";
            assertTrue(page.contains("<html lang=\"" + language + "\" dir=\"" + dir + "\">"), page);
            assertTrue(page.contains(">" + button + "</button>"), language + ": " + page);
            assertTrue(page.contains("<strong id=\"total\" dir=\"ltr\">150.00 TRY</strong>"), page);
        });
        Map<String, String> other = link("VPLxx", "150.00");
        other.put("language", "zz");
        assertTrue(shop.buyLink(other, BASE).body().contains(">Place order</button>"), "a language it lacks: English");
    }

    @Test
    void anExpiredLinkOrAnInvalidPriceIsRefused() {
        Map<String, String> signed = new LinkedHashMap<>(Map.of(
                "prod",
                "x",
                "price",
                "150.00",
                "qty",
                "1",
                "currency",
                "TRY",
                "expiration",
                String.valueOf(NOW.getEpochSecond() - 1)));
        Map<String, String> expired = new LinkedHashMap<>(signed);
        expired.put("merchant", "TEST2CO");
        expired.put("dynamic", "1");
        expired.put("signature", sign(signed, "2co-test-buy-link-word"));
        assertTrue(shop.buyLink(expired, BASE).body().contains("Link expired"));
        assertEquals(400, shop.buyLink(link("VP2", "150.001"), BASE).status());
        assertEquals(400, shop.buyLink(link("VP2", "0.00"), BASE).status());
    }

    @Test
    void anApprovedOrderReturnsSignedWithTheOrdersParameters() {
        TwoCheckoutReply back = pay("VP3", "4111111111111111", "150.00");
        assertEquals(302, back.status(), back.body());
        Map<String, String> returned =
                FormParameters.firstValues(URI.create(back.location()).getRawQuery(), null);
        assertEquals("VP3", returned.get("order-ext-ref"));
        assertEquals("150.00", returned.get("total"));
        assertEquals("TRY", returned.get("total-currency"));
        assertEquals("200000001", returned.get("refno"));
        Map<String, String> signed = new TreeMap<>(returned);
        signed.remove("signature");
        assertEquals(sign(signed, "2co-test-buy-link-word"), returned.get("signature"));
        assertTrue(ledger.hasApproved(TwoCheckoutShop.FAMILY, "TEST2CO", "VP3"));
    }

    @Test
    void aDeclinedCardKeepsThePayerOnTheCardPage() {
        TwoCheckoutReply again = pay("VP4", "4000000000000002", "150.00");
        assertEquals(200, again.status());
        assertTrue(again.body().contains("Do not honor (05)"), again.body());
        TwoCheckoutReply invalid = pay("VP5", "4111111111111112", "150.00");
        assertTrue(invalid.body().contains("The card number is not valid."), invalid.body());
        assertTrue(ledger.entriesOf(TwoCheckoutShop.FAMILY, "TEST2CO", "VP5").isEmpty(), "a typo is not a decline");
    }

    @Test
    void theRestApiWantsAFreshValidHeader() {
        pay("VP6", "4111111111111111", "150.00");
        String date = "2026-03-01 09:59:00";
        String hash = TwoCheckoutCrypto.hmac(
                "SHA256", "2co-test-secret-key", TwoCheckoutCrypto.serialise(List.of("TEST2CO", date)));
        String header = "code=\"TEST2CO\" date=\"" + date + "\" hash=\"" + hash + "\" algo=\"sha256\"";
        TwoCheckoutReply found =
                shop.api().handle("GET", "/orders/", "ExternalRefNo=VP6&IncludeTestOrders=YES", header, null);
        assertEquals(200, found.status());
        assertTrue(
                found.body().contains("\"ExternalReference\":\"VP6\"")
                        && found.body().contains("\"Status\":\"COMPLETE\""),
                found.body());
        assertTrue(
                shop.api()
                        .handle("GET", "/orders/", "ExternalRefNo=VP6", header, null)
                        .body()
                        .contains("\"Count\":0"),
                "test orders only when asked for");
        assertEquals(
                401,
                shop.api().handle("GET", "/orders/200000001/", null, null, null).status());
        assertEquals(
                401,
                shop.api()
                        .handle("GET", "/orders/200000001/", null, header.replace("sha256", "sha3-256"), null)
                        .status());
        String old = "2026-03-01 09:40:00";
        String oldHash = TwoCheckoutCrypto.hmac(
                "SHA256", "2co-test-secret-key", TwoCheckoutCrypto.serialise(List.of("TEST2CO", old)));
        assertEquals(
                401,
                shop.api()
                        .handle(
                                "GET",
                                "/orders/200000001/",
                                null,
                                "code=\"TEST2CO\" date=\"" + old + "\" hash=\"" + oldHash + "\" algo=\"sha256\"",
                                null)
                        .status(),
                "20 minutes off");
        String md5 = TwoCheckoutCrypto.hmac(
                "MD5", "2co-test-secret-key", TwoCheckoutCrypto.serialise(List.of("TEST2CO", date)));
        assertEquals(
                200,
                shop.api()
                        .handle(
                                "GET",
                                "/orders/200000001/",
                                null,
                                "code=\"TEST2CO\" date=\"" + date + "\" hash=\"" + md5 + "\"",
                                null)
                        .status(),
                "MD5 without algo");
    }

    @Test
    void ipnsCarryTheAccountsSignaturesAndOnlyAValidReadReceiptCounts() {
        TwoCheckoutMerchants merchants = TwoCheckoutMerchants.fromClasspath();
        TwoCheckoutOrder order = new TwoCheckoutOrder(
                "200000009",
                1,
                "TESTMD5",
                "VP7",
                "Order VP7",
                new java.math.BigDecimal("150.00"),
                "TRY",
                true,
                "John Doe",
                "",
                "411111******1111",
                NOW.atOffset(ZoneOffset.UTC),
                "COMPLETE",
                "OK");
        List<Map.Entry<String, String>> md5 = TwoCheckoutIpnMessage.fields(
                order, merchants.byCode("TESTMD5").orElseThrow(), NOW.atOffset(ZoneOffset.UTC));
        assertEquals("HASH", md5.get(md5.size() - 1).getKey());
        assertFalse(md5.stream().anyMatch(e -> e.getKey().startsWith("SIGNATURE_")));
        List<Map.Entry<String, String>> sha = TwoCheckoutIpnMessage.fields(
                order, merchants.byCode("TEST2CO").orElseThrow(), NOW.atOffset(ZoneOffset.UTC));
        assertEquals(
                List.of("HASH", "SIGNATURE_SHA2_256", "SIGNATURE_SHA3_256"),
                sha.subList(sha.size() - 3, sha.size()).stream()
                        .map(Map.Entry::getKey)
                        .toList());

        TwoCheckoutMerchants.Merchant m = merchants.byCode("TESTMD5").orElseThrow();
        String receiptHash = TwoCheckoutCrypto.hmac(
                "MD5",
                m.secretKey(),
                TwoCheckoutCrypto.serialise(List.of("VPOSORDER", "Order VP7", "20260301100000", "20260301100001")));
        assertTrue(TwoCheckoutIpnMessage.receiptProblem(
                        200, "<html><EPAYMENT>20260301100001|" + receiptHash + "</EPAYMENT></html>", md5, m)
                .isEmpty());
        assertTrue(TwoCheckoutIpnMessage.receiptProblem(
                        500, "<EPAYMENT>20260301100001|" + receiptHash + "</EPAYMENT>", md5, m)
                .isPresent());
        assertTrue(
                TwoCheckoutIpnMessage.receiptProblem(
                                200, "<EPAYMENT>20260301100002|" + receiptHash + "</EPAYMENT>", md5, m)
                        .isPresent(),
                "the hash covers the receipt's date");
        assertTrue(TwoCheckoutIpnMessage.receiptProblem(200, "OK", md5, m).isPresent());
        assertTrue(TwoCheckoutIpnMessage.receiptProblem(
                        200,
                        "<sig algo=\"sha256\" date=\"20260301100001\">" + receiptHash + "</sig>",
                        sha,
                        merchants.byCode("TEST2CO").orElseThrow())
                .isPresent());
        assertEquals(List.of(new SimpleEntry<>("a", "1")), FormParameters.entries("a=1"));
    }
}
