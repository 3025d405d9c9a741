package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Stripe payment through our hosted page, in two or three hops of the payer's browser:
 * <ol>
 *   <li>{@link #start}: our card page with Stripe.js; the browser makes a PaymentMethod at Stripe and posts its id
 *       to our callback.</li>
 *   <li>{@link #finish} with {@code payment_method}: our server creates and confirms the PaymentIntent
 *       ({@code confirm=true}, capture automatic for a sale, manual for a pre-authorisation, {@code return_url} = our
 *       callback, {@code metadata[order_id]}, {@code Idempotency-Key} derived from the order id). Succeeded or
 *       authorised: APPROVED; declined: DECLINED; {@code requires_action}: the payer goes on to Stripe's 3-D Secure
 *       page ({@link ThreeDsFinish#continueAt}).</li>
 *   <li>{@link #finish} with {@code payment_intent} (Stripe's redirect back to {@code return_url}): the PaymentIntent
 *       is retrieved server-to-server (never trusting {@code redirect_status}), checked against the order and amount,
 *       and settles the payment; {@code processing} stays UNKNOWN for the webhook or the janitor.</li>
 * </ol>
 */
final class StripeThreeDs {

    private final StripeClient client;

    StripeThreeDs(StripeClient client) {
        this.client = client;
    }

    static String idempotencyKey(String bankOrderId) {
        return "vpos-" + bankOrderId + "-payment-intent";
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        if (request.model() != PaymentModel.THREE_D_HOST) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    "Stripe takes the card on its own fields only (3D Host), not " + request.model()));
        }
        StripeCredentials c = StripeCredentials.of(account);
        String callback = request.successUrl().toString();
        String seal = StripeReturnSeal.of(c.secretKey(), request.sale().bankOrderId(), callback);
        return ThreeDsStart.page(
                StripeCheckoutPage.html(c, request, seal),
                new BankExchange(
                        null,
                        0,
                        "card page with Stripe.js " + c.stripeJs() + " (" + c.publishableKey() + ") for order "
                                + request.sale().bankOrderId() + ", "
                                + request.sale().amount() + "; back to " + callback,
                        null,
                        null));
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        BankExchange log = new BankExchange(null, 0, null, masked(callback.posted()), null);
        StripeCredentials c = StripeCredentials.of(account);
        Optional<String> intent = callback.field("payment_intent").filter(s -> !s.isBlank());
        if (intent.isPresent()) {
            return returned(intent.get(), callback, c, account, log);
        }
        Optional<String> method =
                callback.field(StripeCheckoutPage.PAYMENT_METHOD).filter(s -> !s.isBlank());
        if (method.isPresent()) {
            return confirmed(method.get(), callback, c, account, log);
        }
        return ThreeDsFinish.rejected("neither a payment method nor a PaymentIntent was posted", log);
    }

    /** The card page posted a PaymentMethod: create and confirm the PaymentIntent. */
    private ThreeDsFinish confirmed(
            String paymentMethod,
            ThreeDsCallback callback,
            StripeCredentials c,
            GatewayAccount account,
            BankExchange log) {
        ThreeDsSale sale = callback.expected();
        String returnUrl = callback.field(StripeCheckoutPage.RETURN_URL).orElse(null);
        if (!StripeReturnSeal.verifies(
                c.secretKey(),
                sale.bankOrderId(),
                returnUrl,
                callback.field(StripeCheckoutPage.SEAL).orElse(null))) {
            return ThreeDsFinish.rejected("the return URL's seal does not verify", log);
        }
        if (!paymentMethod.matches("pm_[A-Za-z0-9]{1,100}")) {
            return ThreeDsFinish.rejected("not a Stripe PaymentMethod id", log);
        }
        StripeRequest create = StripeRequest.post("/v1/payment_intents", idempotencyKey(sale.bankOrderId()))
                .with("amount", StripeAmounts.minor(sale.amount()))
                .with("currency", StripeAmounts.currency(sale.amount()))
                .with("payment_method", paymentMethod)
                .with("payment_method_types[]", "card")
                .with("confirm", "true")
                .with("capture_method", callback.kind() == AuthorizationKind.PRE_AUTH ? "manual" : "automatic")
                .with("return_url", returnUrl)
                .with("description", "Order " + sale.bankOrderId())
                .with("metadata[order_id]", sale.bankOrderId());
        StripeAnswer a = client.call(c, account, create);
        if (a.answered()
                && a.status() == 400
                && a.error()
                        .map(e -> "idempotency_error".equals(StripeReading.text(e, "type")))
                        .orElse(false)) {
            return ThreeDsFinish.rejected(
                    "a payment for this order is already under way at Stripe with another card", log);
        }
        if (a.ok()) {
            Optional<String> mismatch = mismatch(a.json(), sale);
            if (mismatch.isPresent()) {
                return ThreeDsFinish.completed(
                        GatewayResult.unknown(a.failing(mismatch.get()).exchange()), log);
            }
            Optional<URI> next = redirect(a.json());
            if (next.isPresent()) {
                return ThreeDsFinish.continueAt(next.get(), StripeReading.intent(a.json(), a.exchange()), log);
            }
        }
        return ThreeDsFinish.completed(StripeReading.answer(a), log);
    }

    /** Stripe sent the payer back ({@code return_url}): ask Stripe what became of the PaymentIntent. */
    private ThreeDsFinish returned(
            String paymentIntent,
            ThreeDsCallback callback,
            StripeCredentials c,
            GatewayAccount account,
            BankExchange log) {
        if (!paymentIntent.matches("pi_[A-Za-z0-9]{1,100}")) {
            return ThreeDsFinish.rejected("not a Stripe PaymentIntent id", log);
        }
        StripeAnswer a = client.call(c, account, StripeRequest.get("/v1/payment_intents/" + paymentIntent));
        if (a.answered() && a.status() == 404) {
            return ThreeDsFinish.rejected("Stripe has no PaymentIntent " + paymentIntent + " for this account", log);
        }
        if (!a.ok()) {
            GatewayResult r = StripeReading.answer(a);
            return ThreeDsFinish.completed(
                    r.outcome() == GatewayOutcome.DECLINED
                            ? GatewayResult.unknown(a.failing("the PaymentIntent could not be read: " + r.bankCode())
                                    .exchange())
                            : r,
                    log);
        }
        Optional<String> mismatch = mismatch(a.json(), callback.expected());
        if (mismatch.isPresent()) {
            return ThreeDsFinish.rejected(mismatch.get(), log);
        }
        Optional<URI> next = redirect(a.json());
        if (next.isPresent()) {
            return ThreeDsFinish.continueAt(next.get(), StripeReading.intent(a.json(), a.exchange()), log);
        }
        return ThreeDsFinish.completed(StripeReading.intent(a.json(), a.exchange()), log);
    }

    /** Why a PaymentIntent is not this order's payment (order id in the metadata, amount, currency), if it is not. */
    static Optional<String> mismatch(JsonObject pi, ThreeDsSale sale) {
        String order = pi.get("metadata") instanceof JsonObject m ? StripeReading.text(m, "order_id") : "";
        if (!order.equals(sale.bankOrderId())) {
            return Optional.of("the PaymentIntent is for order '" + order + "', not " + sale.bankOrderId());
        }
        if (StripeReading.number(pi, "amount") != StripeAmounts.minor(sale.amount())
                || !StripeReading.text(pi, "currency").equals(StripeAmounts.currency(sale.amount()))) {
            return Optional.of("the PaymentIntent is for " + StripeReading.number(pi, "amount") + " "
                    + StripeReading.text(pi, "currency") + ", not " + sale.amount());
        }
        return Optional.empty();
    }

    /** {@code next_action.redirect_to_url.url} of a PaymentIntent that requires action, if it has one. */
    static Optional<URI> redirect(JsonObject pi) {
        if (!"requires_action".equals(StripeReading.text(pi, "status"))
                || !(pi.get("next_action") instanceof JsonObject next)
                || !(next.get("redirect_to_url") instanceof JsonObject redirect)) {
            return Optional.empty();
        }
        try {
            URI url = URI.create(StripeReading.text(redirect, "url"));
            return url.isAbsolute() && ("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
                    ? Optional.of(url)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The callback for the log: ids as posted, the client secret and our seal withheld. */
    private static String masked(Map<String, String> posted) {
        Map<String, String> shown = new TreeMap<>();
        posted.forEach((k, v) -> shown.put(
                k,
                k.contains("secret") || k.equals(StripeCheckoutPage.SEAL)
                        ? "***"
                        : StripeMasking.mask(v.length() > 200 ? v.substring(0, 200) + "…" : v)));
        return shown.toString();
    }
}
