package dev.vpos.gateway.paymaster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.ExpectedPayments;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.shared.domain.Money;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The adapter's reading of PayMaster's pre-requests and payment notifications. */
class PayMasterNotificationTest {

    private static final String MERCHANT = "R128-0001";
    private static final String SECRET = "pm-secret";
    private static final String ORDER = "VP260101ABCDEF123456";

    private final Map<String, ExpectedPayments.Expected> expected = new HashMap<>();
    private final PayMasterGateway gateway = new PayMasterGateway(
            null,
            (definitionId, order) -> definitionId == 9 ? Optional.ofNullable(expected.get(order)) : Optional.empty());

    private static GatewayAccount account(boolean live) {
        return new GatewayAccount(
                9,
                1,
                GatewayFamily.PAYMASTER,
                URI.create("https://paymaster.ru/Payment/Init"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Map.of(
                        "merchantId",
                        MERCHANT,
                        "secretKey",
                        SECRET,
                        "hashAlgorithm",
                        "SHA256",
                        "apiLogin",
                        "login",
                        "apiPassword",
                        "password"),
                live);
    }

    /** SHA-256 + Base64 written out here, independently of the adapter. */
    private static String b64sha256(String s) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String order, String amount, String currency) {
        return b64sha256(MERCHANT + order + amount + currency + SECRET);
    }

    private static Map<String, String> preRequest(String order, String amount) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_PREREQUEST", "1");
        f.put("LMI_MERCHANT_ID", MERCHANT);
        f.put("LMI_PAYMENT_NO", order);
        f.put("LMI_PAYMENT_AMOUNT", amount);
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", "18");
        f.put("LMI_SIM_MODE", "0");
        f.put("SIGN", sign(order, amount, "RUB"));
        return f;
    }

    private static Map<String, String> payment(String order, String amount, String simMode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", MERCHANT);
        f.put("LMI_PAYMENT_NO", order);
        f.put("LMI_SYS_PAYMENT_ID", "4000123");
        f.put("LMI_SYS_PAYMENT_DATE", "2026-01-01T10:00:00");
        f.put("LMI_PAYMENT_AMOUNT", amount);
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", amount);
        f.put("LMI_PAID_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", "18");
        if (simMode != null) {
            f.put("LMI_SIM_MODE", simMode);
        }
        f.put("LMI_PAYER_IDENTIFIER", "4111111111111111");
        f.put(
                "LMI_HASH",
                b64sha256(String.join(
                                ";",
                                MERCHANT,
                                order,
                                "4000123",
                                "2026-01-01T10:00:00",
                                amount,
                                "RUB",
                                amount,
                                "RUB",
                                "18",
                                simMode == null ? "" : simMode)
                        + ";" + SECRET));
        f.put("SIGN", sign(order, amount, "RUB"));
        return f;
    }

    private static InboundNotification post(Map<String, String> fields) {
        List<Map.Entry<String, String>> form = fields.entrySet().stream()
                .map(e -> (Map.Entry<String, String>) new SimpleEntry<>(e.getKey(), e.getValue()))
                .toList();
        String body = form.stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new InboundNotification(
                Map.of(),
                body.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                form,
                Instant.parse("2026-01-01T07:00:00Z"));
    }

    @Test
    void thePreRequestIsAnsweredYesOnlyForAnExpectedUnpaidOrderOfThatAmount() {
        expected.put(ORDER, new ExpectedPayments.Expected(ORDER, Money.of("150.00", "RUB"), true));
        NotificationVerdict yes = gateway.readNotification(post(preRequest(ORDER, "150.00")), account(false));
        assertTrue(yes.authentic(), yes.rejection());
        assertEquals("YES", yes.acknowledgement().body());
        assertEquals(200, yes.acknowledgement().status());
        assertEquals(NotificationKind.PAYMENT_PENDING, yes.kind());
        assertEquals(ORDER, yes.bankOrderId());

        NotificationVerdict wrongAmount = gateway.readNotification(post(preRequest(ORDER, "15.00")), account(false));
        assertTrue(wrongAmount.authentic());
        assertTrue(
                wrongAmount.acknowledgement().body().startsWith("NO"),
                wrongAmount.acknowledgement().body());

        NotificationVerdict unknown =
                gateway.readNotification(post(preRequest("VP260101ZZZZZZZZZZZZ", "150.00")), account(false));
        assertTrue(
                unknown.acknowledgement().body().startsWith("NO: unknown order"),
                unknown.acknowledgement().body());

        expected.put(ORDER, new ExpectedPayments.Expected(ORDER, Money.of("150.00", "RUB"), false));
        NotificationVerdict paid = gateway.readNotification(post(preRequest(ORDER, "150.00")), account(false));
        assertTrue(paid.acknowledgement().body().startsWith("NO"), "a settled order cannot be paid again");
        assertFalse(yes.eventId().equals(wrongAmount.eventId()));
    }

    @Test
    void aPreRequestWithoutOurSignOrWithAnotherIsRejected() {
        expected.put(ORDER, new ExpectedPayments.Expected(ORDER, Money.of("150.00", "RUB"), true));
        Map<String, String> noSign = preRequest(ORDER, "150.00");
        noSign.remove("SIGN");
        assertFalse(gateway.readNotification(post(noSign), account(false)).authentic());
        Map<String, String> tampered = preRequest(ORDER, "150.00");
        tampered.put("LMI_PAYMENT_AMOUNT", "1.00");
        NotificationVerdict v = gateway.readNotification(post(tampered), account(false));
        assertFalse(v.authentic());
        assertEquals(400, v.acknowledgement().status());
    }

    @Test
    void aSignedPaymentNotificationApprovesOurOrder() {
        expected.put(ORDER, new ExpectedPayments.Expected(ORDER, Money.of("150.00", "RUB"), true));
        NotificationVerdict v = gateway.readNotification(post(payment(ORDER, "150.00", "0")), account(false));
        assertTrue(v.authentic(), v.rejection());
        assertEquals(NotificationKind.PAYMENT_APPROVED, v.kind());
        assertEquals("4000123", v.eventId());
        assertEquals(ORDER, v.bankOrderId());
        assertEquals(Money.of("150.00", "RUB"), v.amount());
        assertEquals("4000123", v.result().references().get("paymentId"));
        assertEquals(200, v.acknowledgement().status());
        assertTrue(v.maskedPayload().contains("LMI_PAYER_IDENTIFIER=411111******1111"), v.maskedPayload());
        assertFalse(v.maskedPayload().contains("4111111111111111"));
    }

    @Test
    void forgedAlteredOrForeignNotificationsAreRejected() {
        expected.put(ORDER, new ExpectedPayments.Expected(ORDER, Money.of("150.00", "RUB"), true));
        Map<String, String> badHash = payment(ORDER, "150.00", "0");
        badHash.put("LMI_HASH", b64sha256("something else"));
        Map<String, String> altered = payment(ORDER, "150.00", "0");
        altered.put("LMI_SYS_PAYMENT_ID", "4000124");
        Map<String, String> otherMerchant = payment(ORDER, "150.00", "0");
        otherMerchant.put("LMI_MERCHANT_ID", "R128-9999");
        Map<String, String> noHash = payment(ORDER, "150.00", "0");
        noHash.remove("LMI_HASH");
        Map<String, String> badSign = payment(ORDER, "150.00", "0");
        badSign.put("SIGN", sign(ORDER, "1.00", "RUB"));
        for (Map<String, String> f : List.of(badHash, altered, otherMerchant, noHash, badSign)) {
            NotificationVerdict v = gateway.readNotification(post(f), account(false));
            assertFalse(v.authentic(), f.toString());
            assertEquals(400, v.acknowledgement().status());
        }
    }

    @Test
    void aNotificationPayingAnotherAmountThanOursIsRejected() {
        expected.put(ORDER, new ExpectedPayments.Expected(ORDER, Money.of("150.00", "RUB"), true));
        NotificationVerdict v = gateway.readNotification(post(payment(ORDER, "149.00", "0")), account(false));
        assertFalse(v.authentic());
        assertTrue(v.rejection().contains("which is for 150.00"), v.rejection());
    }

    @Test
    void aSimulatedPaymentOnALiveDefinitionIsAcknowledgedButIgnored() {
        expected.put(ORDER, new ExpectedPayments.Expected(ORDER, Money.of("150.00", "RUB"), true));
        NotificationVerdict test = gateway.readNotification(post(payment(ORDER, "150.00", "0")), account(true));
        assertTrue(test.authentic());
        assertEquals(NotificationKind.IGNORED, test.kind());
        assertEquals(200, test.acknowledgement().status());
        NotificationVerdict real = gateway.readNotification(post(payment(ORDER, "150.00", null)), account(true));
        assertEquals(NotificationKind.PAYMENT_APPROVED, real.kind());
    }

    @Test
    void numericCurrencyCodesAreRead() {
        assertEquals("RUB", PayMasterNotification.currency("643"));
        assertEquals("TRY", PayMasterNotification.currency("949"));
        assertEquals("RUB", PayMasterNotification.currency("RUR"));
    }
}
