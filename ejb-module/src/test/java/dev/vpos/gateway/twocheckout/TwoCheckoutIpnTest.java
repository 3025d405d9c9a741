package dev.vpos.gateway.twocheckout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.shared.domain.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The adapter's reading of IPNs: signatures per the definition's algorithm, read receipts, events, forgeries. */
class TwoCheckoutIpnTest {

    private static final String KEY = "AABBCCDDEEFF";
    private static final Instant NOW = Instant.parse("2026-03-01T07:00:05Z");
    private final TwoCheckoutGateway gateway = new TwoCheckoutGateway(null, Clock.fixed(NOW, ZoneOffset.UTC));

    private static GatewayAccount account(String algorithm, boolean live) {
        return new GatewayAccount(
                7,
                1,
                GatewayFamily.TWOCHECKOUT,
                URI.create("https://secure.2checkout.com/checkout/buy"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Map.of(
                        "merchantCode",
                        "MERCHANT",
                        "secretKey",
                        KEY,
                        "buyLinkSecretWord",
                        "word",
                        "ipnHashAlgorithm",
                        algorithm),
                live);
    }

    @Test
    void anIpnSignedAsTwoCheckoutsExampleVerifiesWithEachAlgorithm() {
        // known answers computed independently (Python hmac) over these fields in this order
        List<String[]> doc = List.of(
                new String[] {"SALEDATE", "2016-06-01 12:22:09"},
                new String[] {"REFNO", "1000037"},
                new String[] {"REFNOEXT", ""},
                new String[] {"ORDERNO", "13"},
                new String[] {"ORDERSTATUS", "COMPLETE"},
                new String[] {"PAYMETHOD", "Wire transfer"},
                new String[] {"FIRSTNAME", "Şükrü"},
                new String[] {"LASTNAME", "Smith"},
                new String[] {"IPN_PID[]", "1"},
                new String[] {"IPN_PID[]", "2"},
                new String[] {"IPN_PNAME[]", "Software program"},
                new String[] {"IPN_PNAME[]", "Ürün"},
                new String[] {"IPN_QTY[]", "0"},
                new String[] {"CURRENCY", "TRY"},
                new String[] {"IPN_TOTALGENERAL", "150.00"},
                new String[] {"TEST_ORDER", "0"},
                new String[] {"IPN_DATE", "20050303123434"});
        IpnForms form = new IpnForms();
        doc.forEach(f -> form.add(f[0], f[1]));
        assertEquals(
                "192016-06-01 12:22:097100003702138COMPLETE13Wire transfer8Şükrü5Smith111216Software program"
                        + "6Ürün103TRY6150.00101420050303123434",
                TwoCheckoutIpn.source(form.fields()));
        form.add("HASH", "3a8c5ae9dfe9e93fe36aed9ded6f3c68")
                .add("SIGNATURE_SHA2_256", "ea2af3bc45f460450d2a395ece128f713626a155b40ab000e4c35410fd395270")
                .add("SIGNATURE_SHA3_256", "7222e87b20f4b2612d02049bfb8a57e5e2c4120fd975ee1a113c4e5617ebcef5");
        for (String algorithm : List.of("MD5", "SHA256", "SHA3_256")) {
            NotificationVerdict v = gateway.readNotification(form.notification(), account(algorithm, false));
            assertTrue(v.authentic(), algorithm + ": " + v.rejection());
            assertEquals("1000037:COMPLETE", v.eventId());
            assertNull(v.bankOrderId(), "REFNOEXT is empty: an order that is not ours, kept for finance");
            assertEquals(Money.of("150.00", "TRY"), v.amount());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "PENDING,PAYMENT_PENDING",
        "PURCHASE_PENDING,PAYMENT_PENDING",
        "PENDING_APPROVAL,PAYMENT_PENDING",
        "PAYMENT_AUTHORIZED,PAYMENT_APPROVED",
        "COMPLETE,PAYMENT_APPROVED",
        "CANCELED,PAYMENT_CANCELED",
        "REVERSED,PAYMENT_CANCELED",
        "REFUND,REFUNDED",
        "INVALID,PAYMENT_DECLINED",
        "SOMETHING_NEW,IGNORED"
    })
    void orderStatusesMeanWhatTheBriefSays(String status, NotificationKind kind) {
        NotificationVerdict v = gateway.readNotification(
                IpnForms.order("3001", "VP260301AAAABBBBCCCC", status, "20260301100000")
                        .signed(KEY, "SHA256")
                        .notification(),
                account("SHA256", false));
        assertTrue(v.authentic(), v.rejection());
        assertEquals(kind, v.kind());
        assertEquals("VP260301AAAABBBBCCCC", v.bankOrderId());
        assertEquals("3001:" + status, v.eventId());
        assertEquals("3001", v.result().references().get(TwoCheckoutGateway.REF_NO));
        assertEquals(status, v.result().bankCode());
    }

    @Test
    void aResendIsTheSameEventAndALaterStatusAnother() {
        InboundNotification first = IpnForms.order("3002", "VP260301AAAABBBBDDDD", "PENDING", "20260301100000")
                .signed(KEY, "SHA256")
                .notification();
        InboundNotification resend = IpnForms.order("3002", "VP260301AAAABBBBDDDD", "PENDING", "20260301100000")
                .signed(KEY, "SHA256")
                .notification();
        InboundNotification complete = IpnForms.order("3002", "VP260301AAAABBBBDDDD", "COMPLETE", "20260301100500")
                .signed(KEY, "SHA256")
                .notification();
        String a = gateway.readNotification(first, account("SHA256", false)).eventId();
        assertEquals(
                a, gateway.readNotification(resend, account("SHA256", false)).eventId());
        assertNotEquals(
                a, gateway.readNotification(complete, account("SHA256", false)).eventId());
    }

    @ParameterizedTest
    @CsvSource({
        "MD5,'<EPAYMENT>20260301070005|'",
        "SHA256,'<sig algo=\"sha256\" date=\"20260301070005\">'",
        "SHA3_256,'<sig algo=\"sha3-256\" date=\"20260301070005\">'"
    })
    void theReadReceiptHashesTheFirstProductTheIpnDateAndItsOwnDate(String algorithm, String prefix) {
        NotificationVerdict v = gateway.readNotification(
                IpnForms.order("3003", "VP260301AAAABBBBEEEE", "COMPLETE", "20260301100000")
                        .signed(KEY, algorithm)
                        .notification(),
                account(algorithm, false));
        assertTrue(v.authentic(), v.rejection());
        String source = "9VPOSORDER" + "26Order VP260301AAAABBBBEEEE" + "1420260301100000" + "1420260301070005";
        String jca = switch (algorithm) {
            case "MD5" -> "HmacMD5";
            case "SHA256" -> "HmacSHA256";
            default -> "HmacSHA3-256";
        };
        String hash = IpnForms.hmac(jca, KEY, source);
        String expected = "MD5".equals(algorithm) ? prefix + hash + "</EPAYMENT>" : prefix + hash + "</sig>";
        assertEquals(200, v.acknowledgement().status());
        assertEquals(expected, v.acknowledgement().body());
    }

    @Test
    void aForgedOrAlteredIpnIsRejectedAndRefused() {
        IpnForms genuine = IpnForms.order("3004", "VP260301AAAABBBBFFFF", "COMPLETE", "20260301100000")
                .signed(KEY, "SHA256");
        NotificationVerdict forgedKey = gateway.readNotification(
                IpnForms.order("3004", "VP260301AAAABBBBFFFF", "COMPLETE", "20260301100000")
                        .signed("not-the-key", "SHA256")
                        .notification(),
                account("SHA256", false));
        NotificationVerdict altered = gateway.readNotification(
                genuine.replace("IPN_TOTALGENERAL", "1.00").notification(), account("SHA256", false));
        for (NotificationVerdict v : List.of(forgedKey, altered)) {
            assertFalse(v.authentic());
            assertEquals(400, v.acknowledgement().status());
            assertFalse(v.acknowledgement().body().contains("EPAYMENT")
                    || v.acknowledgement().body().contains("<sig"));
            assertTrue(v.rejection().contains("SIGNATURE_SHA2_256"), v.rejection());
        }
    }

    @Test
    void onlyTheDefinitionsAlgorithmCounts() {
        // an MD5-only IPN for a SHA256 account: its HASH may be right, but SIGNATURE_SHA2_256 is missing
        NotificationVerdict v = gateway.readNotification(
                IpnForms.order("3005", "VP260301AAAABBBBGGGG", "COMPLETE", "20260301100000")
                        .signed(KEY, "MD5")
                        .notification(),
                account("SHA256", false));
        assertFalse(v.authentic());
        assertTrue(v.rejection().contains("no SIGNATURE_SHA2_256"), v.rejection());
        // fields re-ordered: the same values, another source
        IpnForms swapped = new IpnForms();
        List<Map.Entry<String, String>> f =
                new java.util.ArrayList<>(IpnForms.order("3005", "VP260301AAAABBBBGGGG", "COMPLETE", "20260301100000")
                        .signed(KEY, "SHA256")
                        .fields());
        java.util.Collections.swap(f, 6, 7);
        f.forEach(e -> swapped.add(e.getKey(), e.getValue()));
        assertFalse(gateway.readNotification(swapped.notification(), account("SHA256", false))
                .authentic());
    }

    @Test
    void aTestOrderOnALiveDefinitionIsAcknowledgedAndIgnored() {
        NotificationVerdict v = gateway.readNotification(
                IpnForms.order("3006", "VP260301AAAABBBBHHHH", "COMPLETE", "20260301100000")
                        .signed(KEY, "SHA256")
                        .notification(),
                account("SHA256", true));
        assertTrue(v.authentic());
        assertEquals(NotificationKind.IGNORED, v.kind());
        assertEquals(GatewayOutcome.UNKNOWN, v.result().outcome());
        assertTrue(
                v.acknowledgement().body().startsWith("<sig algo=\"sha256\""), "still acknowledged: it is authentic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "REFNOEXT=x&REFNO=1"})
    void somethingThatIsNotAnIpnIsRejected(String body) {
        InboundNotification n = new InboundNotification(Map.of(), body.getBytes(), "application/json", List.of(), NOW);
        assertFalse(gateway.readNotification(n, account("SHA256", false)).authentic());
    }

    @Test
    void cardNumbersInTheRecordAreMasked() {
        NotificationVerdict v = gateway.readNotification(
                IpnForms.order("3007", "VP260301AAAABBBBJJJJ", "COMPLETE", "20260301100000")
                        .add("CARD_NUMBER", "4111111111111111")
                        .signed(KEY, "SHA256")
                        .notification(),
                account("SHA256", false));
        assertTrue(v.authentic(), v.rejection());
        assertTrue(v.maskedPayload().contains("CARD_NUMBER=411111******1111"), v.maskedPayload());
        assertFalse(v.maskedPayload().contains("4111111111111111"));
        assertTrue(v.maskedPayload().contains("IPN_DATE=20260301100000"), "dates are not card numbers");
    }
}
