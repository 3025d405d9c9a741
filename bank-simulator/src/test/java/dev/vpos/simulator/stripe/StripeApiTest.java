package dev.vpos.simulator.stripe;

import static dev.vpos.simulator.stripe.StripeTestApi.OTHER_SK;
import static dev.vpos.simulator.stripe.StripeTestApi.PK;
import static dev.vpos.simulator.stripe.StripeTestApi.SK;
import static dev.vpos.simulator.stripe.StripeTestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StripeApiTest {

    private final StripeTestApi stripe = new StripeTestApi();

    @AfterEach
    void close() {
        stripe.close();
    }

    private List<LedgerEntry> ledger(String order) {
        return stripe.ledger.entriesOf("STRIPE", StripeTestApi.ACCOUNT, order);
    }

    @Test
    void aPaymentMethodKeepsNoCardNumberAndAPaymentIntentWithItSucceeds() {
        String pm = stripe.paymentMethod("4242424242424242");
        StripeReply r = stripe.payIntent("ORD-1", pm, 15000, "automatic", "k-1");

        JsonObject pi = json(r);
        assertEquals(200, r.status(), r.text());
        assertEquals("succeeded", pi.getString("status"));
        assertEquals(15000, pi.getInt("amount_received"));
        assertEquals("ORD-1", pi.getJsonObject("metadata").getString("order_id"));
        assertTrue(pi.getString("latest_charge").startsWith("ch_"));
        LedgerEntry sale = ledger("ORD-1").get(0);
        assertEquals(LedgerType.SALE, sale.type());
        assertEquals(new BigDecimal("150.00"), sale.amount());
        assertEquals("424242******4242", sale.maskedPan());
        assertFalse(r.text().contains("4242424242424242"));
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource({
        "4000000000000002,card_declined,generic_decline",
        "4000000000009995,card_declined,insufficient_funds",
        "4000000000009987,card_declined,lost_card",
        "4000000000009979,card_declined,stolen_card",
        "4000000000000069,expired_card,expired_card",
        "4000000000000127,incorrect_cvc,incorrect_cvc",
        "4000000000000119,processing_error,processing_error"
    })
    void declinedTestCardsAnswer402WithStripesCodes(String card, String code, String declineCode) {
        StripeReply r = stripe.payIntent("ORD-D", stripe.paymentMethod(card), 15000, "automatic", null);

        JsonObject error = json(r).getJsonObject("error");
        assertEquals(402, r.status());
        assertEquals("card_error", error.getString("type"));
        assertEquals(code, error.getString("code"));
        assertEquals(declineCode, error.getString("decline_code"));
        assertEquals(
                "requires_payment_method", error.getJsonObject("payment_intent").getString("status"));
        assertEquals(declineCode, ledger("ORD-D").get(0).resultCode());
    }

    @Test
    void aNumberFailingLuhnIsRefusedWhenThePaymentMethodIsMade() {
        StripeReply r = stripe.api.handle(
                new StripeCall(
                        "POST",
                        "/v1/payment_methods",
                        null,
                        Map.of(),
                        StripeTestApi.form(
                                        "type",
                                        "card",
                                        "card[number]",
                                        "4242424242424241",
                                        "card[exp_month]",
                                        "12",
                                        "card[exp_year]",
                                        "30",
                                        "key",
                                        PK)
                                .getBytes()),
                StripeTestApi.BASE);

        assertEquals(402, r.status());
        assertEquals("incorrect_number", json(r).getJsonObject("error").getString("code"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyIsReplayedAndChargesOnce() {
        String pm = stripe.paymentMethod("4242424242424242");
        StripeReply first = stripe.payIntent("ORD-2", pm, 15000, "automatic", "vpos-pi-ORD-2");
        StripeReply retry = stripe.payIntent("ORD-2", pm, 15000, "automatic", "vpos-pi-ORD-2");

        assertEquals(first.text(), retry.text());
        assertEquals("true", retry.headers().get("Idempotent-Replayed"));
        assertEquals(1, stripe.api.paymentIntentIdsOfOrder("ORD-2").size());
        assertEquals(1, ledger("ORD-2").size());
    }

    @Test
    void withoutTheSameKeyARetryWouldChargeTwice() {
        String pm = stripe.paymentMethod("4242424242424242");
        stripe.payIntent("ORD-3", pm, 15000, "automatic", "a");
        stripe.payIntent("ORD-3", pm, 15000, "automatic", "b");

        assertEquals(2, stripe.api.paymentIntentIdsOfOrder("ORD-3").size(), "Stripe does not dedupe by metadata");
    }

    @Test
    void theSameKeyWithOtherParametersIsAnIdempotencyError() {
        String pm = stripe.paymentMethod("4242424242424242");
        stripe.payIntent("ORD-4", pm, 15000, "automatic", "k-4");
        StripeReply other = stripe.payIntent("ORD-4", pm, 16000, "automatic", "k-4");

        assertEquals(400, other.status());
        assertEquals("idempotency_error", json(other).getJsonObject("error").getString("type"));
        assertEquals(1, stripe.api.paymentIntentIdsOfOrder("ORD-4").size());
    }

    @Test
    void aThreeDsCardAsksForAuthenticationAndTheTestPageSendsThePayerBack() {
        StripeReply r = stripe.payIntent("ORD-5", stripe.paymentMethod("4000002500003155"), 15000, "automatic", null);
        JsonObject pi = json(r);
        assertEquals("requires_action", pi.getString("status"));
        URI url = URI.create(
                pi.getJsonObject("next_action").getJsonObject("redirect_to_url").getString("url"));
        assertTrue(ledger("ORD-5").isEmpty(), "nothing is charged before the authentication");

        StripeReply page = stripe.api.handle(
                new StripeCall("GET", url.getPath().substring("/stripe".length()), url.getRawQuery(), Map.of(), null),
                StripeTestApi.BASE);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("150.00 TRY"), page.text());
        StripeReply back = stripe.api.handle(
                new StripeCall(
                        "POST",
                        url.getPath().substring("/stripe".length()),
                        url.getRawQuery(),
                        Map.of(),
                        "outcome=complete".getBytes()),
                StripeTestApi.BASE);

        assertEquals(302, back.status());
        String location = back.headers().get("Location");
        assertTrue(
                location.startsWith("http://erp.test/vpos/3ds/callback/c-1?payment_intent=" + pi.getString("id")),
                location);
        assertTrue(location.endsWith("&redirect_status=succeeded"), location);
        assertEquals(
                "succeeded",
                json(stripe.get(SK, "/v1/payment_intents/" + pi.getString("id")))
                        .getString("status"));
        assertEquals(1, ledger("ORD-5").size());
    }

    @Test
    void aFailedAuthenticationLeavesTheIntentWithoutPaymentMethodAndTheReasonInLastPaymentError() {
        JsonObject pi =
                json(stripe.payIntent("ORD-6", stripe.paymentMethod("4000000000003220"), 15000, "automatic", null));
        URI url = URI.create(
                pi.getJsonObject("next_action").getJsonObject("redirect_to_url").getString("url"));
        StripeReply back = stripe.api.handle(
                new StripeCall(
                        "POST",
                        url.getPath().substring("/stripe".length()),
                        url.getRawQuery(),
                        Map.of(),
                        "outcome=fail".getBytes()),
                StripeTestApi.BASE);

        assertTrue(back.headers().get("Location").endsWith("redirect_status=failed"));
        JsonObject after = json(stripe.get(SK, "/v1/payment_intents/" + pi.getString("id")));
        assertEquals("requires_payment_method", after.getString("status"));
        assertEquals(
                "payment_intent_authentication_failure",
                after.getJsonObject("last_payment_error").getString("code"));
    }

    @Test
    void anAuthorisationIsCapturedInPartThenRefundedInPartsButNotBeyond() {
        JsonObject pi =
                json(stripe.payIntent("ORD-7", stripe.paymentMethod("4242424242424242"), 15000, "manual", null));
        assertEquals("requires_capture", pi.getString("status"));
        String id = pi.getString("id");

        JsonObject captured =
                json(stripe.post(SK, "/v1/payment_intents/" + id + "/capture", "cap-1", "amount_to_capture", "12000"));
        assertEquals("succeeded", captured.getString("status"));
        assertEquals(12000, captured.getInt("amount_received"));
        assertEquals(
                200,
                stripe.post(SK, "/v1/refunds", "r-1", "payment_intent", id, "amount", "5000")
                        .status());
        StripeReply tooMuch = stripe.post(SK, "/v1/refunds", "r-2", "payment_intent", id, "amount", "8000");
        assertEquals(400, tooMuch.status());
        assertEquals(
                200,
                stripe.post(SK, "/v1/refunds", "r-3", "payment_intent", id, "amount", "7000")
                        .status());
        StripeReply again = stripe.post(SK, "/v1/refunds", "r-4", "payment_intent", id);
        assertEquals(
                "charge_already_refunded", json(again).getJsonObject("error").getString("code"));

        assertEquals(
                List.of(LedgerType.REFUND, LedgerType.REFUND, LedgerType.POST_AUTH, LedgerType.PRE_AUTH),
                ledger("ORD-7").stream().map(LedgerEntry::type).toList());
    }

    @Test
    void anAuthorisationCanBeCanceledButAPaidIntentCannot() {
        String auth = json(stripe.payIntent("ORD-8", stripe.paymentMethod("4242424242424242"), 15000, "manual", null))
                .getString("id");
        String paid = json(stripe.payIntent(
                        "ORD-9", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null))
                .getString("id");

        assertEquals(
                "canceled",
                json(stripe.post(SK, "/v1/payment_intents/" + auth + "/cancel", null))
                        .getString("status"));
        StripeReply refused = stripe.post(SK, "/v1/payment_intents/" + paid + "/cancel", null);
        assertEquals(400, refused.status());
        assertEquals(
                "payment_intent_unexpected_state",
                json(refused).getJsonObject("error").getString("code"));
        assertEquals(LedgerType.VOID, ledger("ORD-8").get(0).type());
    }

    @Test
    void searchFindsAnOrdersIntentByMetadataAndOnlyInItsOwnAccount() {
        stripe.payIntent("ORD-10", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null);

        JsonObject found = json(stripe.get(SK, "/v1/payment_intents/search", "query", "metadata['order_id']:'ORD-10'"));
        JsonObject none =
                json(stripe.get(OTHER_SK, "/v1/payment_intents/search", "query", "metadata['order_id']:'ORD-10'"));
        assertEquals("search_result", found.getString("object"));
        assertEquals(1, found.getJsonArray("data").size());
        assertEquals(0, none.getJsonArray("data").size());
        assertEquals(
                400,
                stripe.get(SK, "/v1/payment_intents/search", "query", "order_id=ORD-10")
                        .status());
    }

    @Test
    void thePublishableKeyMayMakePaymentMethodsButNotPaymentIntents() {
        StripeReply r = stripe.post(PK, "/v1/payment_intents", null, "amount", "100", "currency", "try");
        StripeReply wrong = stripe.post(
                "sk_test_NotAKnownKey123456", "/v1/payment_intents", null, "amount", "100", "currency", "try");

        assertEquals(401, r.status());
        assertEquals(401, wrong.status());
        assertTrue(json(wrong).getJsonObject("error").getString("message").contains("****"));
        assertFalse(wrong.text().contains("NotAKnownKey"));
    }

    @Test
    void aProcessingPaymentSucceedsLaterOnItsOwn() throws InterruptedException {
        JsonObject created =
                json(stripe.payIntent("ORD-11", stripe.paymentMethod("4242424242424242"), 888888, "automatic", null));
        String id = created.getString("id");
        // the answer to the confirmation itself (a later look may already see it finished on a loaded machine)
        assertEquals("processing", created.getString("status"));

        String status = "processing";
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (status.equals("processing") && System.nanoTime() < deadline) {
            Thread.sleep(10);
            status = json(stripe.get(SK, "/v1/payment_intents/" + id)).getString("status");
        }
        assertEquals("succeeded", status);
        assertEquals(
                Optional.of(LedgerType.SALE),
                ledger("ORD-11").stream().map(LedgerEntry::type).findFirst());
    }
}
