package dev.vpos.gateway.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.Money;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Reading Stripe webhooks: the {@code Stripe-Signature} scheme (HMAC-SHA256 over {@code t + "." + raw body}, any
 * {@code v1} of any of the definition's secrets, 300 s tolerance against our clock), then the event. Signatures are
 * computed here with the JDK's HMAC, independently of the adapter's code.
 */
class StripeNotificationsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String OLD = "whsec_OldSigningSecret0000000000";
    private static final String NEW = "whsec_NewSigningSecret1111111111";
    private final StripeGateway gateway = new StripeGateway(new BankHttpTransport(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static final String SUCCEEDED = """
            {
              "id": "evt_3PvposSucceeded0001",
              "object": "event",
              "api_version": "2024-06-20",
              "created": 1795428000,
              "data": {
                "object": {
                  "id": "pi_3PvposIntent0001",
                  "object": "payment_intent",
                  "amount": 15000,
                  "amount_received": 15000,
                  "client_secret": "pi_3PvposIntent0001_secret_AbCdEfGhIjKl",
                  "currency": "try",
                  "latest_charge": "ch_3PvposCharge0001",
                  "metadata": {"order_id": "ORD-77"},
                  "status": "succeeded"
                }
              },
              "livemode": false,
              "type": "payment_intent.succeeded"
            }""";

    private static String hmac(String secret, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static String header(long t, String body, String... secrets) throws Exception {
        StringBuilder h = new StringBuilder("t=" + t);
        for (String s : secrets) {
            h.append(",v1=").append(hmac(s, t + "." + body));
        }
        return h.toString();
    }

    private static GatewayAccount account(String webhookSecret, String previous) {
        Map<String, String> c = new HashMap<>(Map.of(
                "publishableKey",
                "pk_test_51Vpos000000",
                "secretKey",
                "sk_test_51Vpos000000",
                "webhookSecret",
                webhookSecret));
        if (previous != null) {
            c.put("previousWebhookSecret", previous);
        }
        return new GatewayAccount(
                9,
                1,
                GatewayFamily.STRIPE,
                URI.create("https://api.stripe.com"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                c);
    }

    private static InboundNotification notification(String signature, String body) {
        return new InboundNotification(
                signature == null ? Map.of() : Map.of("stripe-signature", List.of(signature)),
                body.getBytes(StandardCharsets.UTF_8),
                "application/json; charset=utf-8",
                List.of(),
                NOW);
    }

    private NotificationVerdict read(String signature, String body, GatewayAccount account) {
        return gateway.readNotification(notification(signature, body), account);
    }

    @Test
    void aValidSignatureGivesTheEventItsOrderAndTheAcknowledgementStripeWants() throws Exception {
        NotificationVerdict v = read(header(NOW.getEpochSecond(), SUCCEEDED, OLD), SUCCEEDED, account(OLD, null));

        assertTrue(v.authentic(), v.rejection());
        assertEquals("evt_3PvposSucceeded0001", v.eventId());
        assertEquals("ORD-77", v.bankOrderId());
        assertEquals(NotificationKind.PAYMENT_APPROVED, v.kind());
        assertEquals(Money.of("150.00", "TRY"), v.amount());
        assertEquals(GatewayOutcome.APPROVED, v.result().outcome());
        assertEquals("pi_3PvposIntent0001", v.result().references().get("paymentIntent"));
        assertEquals(200, v.acknowledgement().status());
        assertEquals("{\"received\":true}", v.acknowledgement().body());
        assertFalse(v.maskedPayload().contains("AbCdEfGhIjKl"), "the client secret is masked");
    }

    @Test
    void aTamperedBodyIsRejected() throws Exception {
        String signature = header(NOW.getEpochSecond(), SUCCEEDED, OLD);
        NotificationVerdict v = read(signature, SUCCEEDED.replace("15000", "15001"), account(OLD, null));

        assertFalse(v.authentic());
        assertEquals(400, v.acknowledgement().status());
        assertNull(v.eventId());
    }

    @Test
    void aByteDifferentButEquivalentBodyIsRejectedTooTheRawBytesAreSigned() throws Exception {
        String signature = header(NOW.getEpochSecond(), SUCCEEDED, OLD);
        assertFalse(read(signature, SUCCEEDED.replace("\n", "\r\n"), account(OLD, null))
                .authentic());
    }

    @Test
    void aTimestampOlderThanFiveMinutesIsRejectedAndOneJustInsideAccepted() throws Exception {
        long stale = NOW.minusSeconds(301).getEpochSecond();
        long fresh = NOW.minusSeconds(299).getEpochSecond();

        NotificationVerdict old = read(header(stale, SUCCEEDED, OLD), SUCCEEDED, account(OLD, null));
        assertFalse(old.authentic());
        assertTrue(old.rejection().contains("older"), old.rejection());
        assertTrue(read(header(fresh, SUCCEEDED, OLD), SUCCEEDED, account(OLD, null))
                .authentic());
    }

    @Test
    void duringARollTwoV1SignaturesAreSentAndEitherSecretOfTheDefinitionAccepts() throws Exception {
        String both = header(NOW.getEpochSecond(), SUCCEEDED, NEW, OLD);
        String onlyOld = header(NOW.getEpochSecond(), SUCCEEDED, OLD);

        assertTrue(read(both, SUCCEEDED, account(OLD, null)).authentic(), "not yet updated: the old secret matches");
        assertTrue(read(both, SUCCEEDED, account(NEW, null)).authentic(), "updated: the new secret matches");
        assertTrue(read(onlyOld, SUCCEEDED, account(NEW, OLD)).authentic(), "the previous secret still accepted");
        assertFalse(read(onlyOld, SUCCEEDED, account(NEW, null)).authentic(), "once removed, the old one is not");
    }

    @Test
    void aSignatureWithAnotherSecretOrNoneOrAMalformedHeaderIsRejected() throws Exception {
        GatewayAccount a = account(OLD, null);
        assertFalse(read(header(NOW.getEpochSecond(), SUCCEEDED, "whsec_Forger00000000"), SUCCEEDED, a)
                .authentic());
        assertFalse(read(null, SUCCEEDED, a).authentic());
        assertFalse(read("v1=" + hmac(OLD, NOW.getEpochSecond() + "." + SUCCEEDED), SUCCEEDED, a)
                .authentic());
        assertFalse(
                read(
                                "t=" + NOW.getEpochSecond() + ",v0="
                                        + hmac(OLD, NOW.getEpochSecond() + "." + SUCCEEDED),
                                SUCCEEDED,
                                a)
                        .authentic(),
                "only the v1 scheme counts");
        assertFalse(read("t=abc,v1=00", SUCCEEDED, a).authentic());
    }

    @Test
    void aSignedBodyThatIsNoEventOrALiveEventForATestDefinitionIsRejected() throws Exception {
        String notJson = "hello";
        String live = SUCCEEDED.replace("\"livemode\": false", "\"livemode\": true");

        assertFalse(read(header(NOW.getEpochSecond(), notJson, OLD), notJson, account(OLD, null))
                .authentic());
        NotificationVerdict v = read(header(NOW.getEpochSecond(), live, OLD), live, account(OLD, null));
        assertFalse(v.authentic());
        assertTrue(v.rejection().contains("live"), v.rejection());
    }

    @Test
    void eventTypesMapToKinds() throws Exception {
        String failed = SUCCEEDED
                .replace("payment_intent.succeeded", "payment_intent.payment_failed")
                .replace(
                        "\"status\": \"succeeded\"",
                        "\"status\": \"requires_payment_method\", \"last_payment_error\": "
                                + "{\"type\": \"card_error\", \"code\": \"card_declined\", \"decline_code\": \"insufficient_funds\","
                                + " \"message\": \"Your card has insufficient funds.\"}");
        String refunded = """
                {"id": "evt_R1", "object": "event", "type": "charge.refunded", "livemode": false, "data": {"object":
                {"id": "ch_1", "object": "charge", "amount": 15000, "amount_captured": 15000, "amount_refunded": 5000,
                "currency": "try", "payment_intent": "pi_1", "metadata": {"order_id": "ORD-78"}, "refunded": false}}}""";
        String processing = SUCCEEDED
                .replace("payment_intent.succeeded", "payment_intent.processing")
                .replace("\"status\": \"succeeded\"", "\"status\": \"processing\"");
        String canceled = SUCCEEDED.replace("payment_intent.succeeded", "payment_intent.canceled");
        String other = SUCCEEDED.replace("payment_intent.succeeded", "customer.created");

        NotificationVerdict f = read(header(NOW.getEpochSecond(), failed, OLD), failed, account(OLD, null));
        assertEquals(NotificationKind.PAYMENT_DECLINED, f.kind());
        assertEquals("insufficient_funds", f.result().bankCode());
        NotificationVerdict r = read(header(NOW.getEpochSecond(), refunded, OLD), refunded, account(OLD, null));
        assertEquals(NotificationKind.REFUNDED, r.kind());
        assertEquals("ORD-78", r.bankOrderId());
        assertEquals(Money.of("50.00", "TRY"), r.amount());
        assertEquals(
                NotificationKind.PAYMENT_PENDING,
                read(header(NOW.getEpochSecond(), processing, OLD), processing, account(OLD, null))
                        .kind());
        assertEquals(
                NotificationKind.PAYMENT_CANCELED,
                read(header(NOW.getEpochSecond(), canceled, OLD), canceled, account(OLD, null))
                        .kind());
        NotificationVerdict ignored = read(header(NOW.getEpochSecond(), other, OLD), other, account(OLD, null));
        assertTrue(ignored.authentic());
        assertEquals(NotificationKind.IGNORED, ignored.kind());
    }
}
