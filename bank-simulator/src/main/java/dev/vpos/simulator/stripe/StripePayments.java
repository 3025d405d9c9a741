package dev.vpos.simulator.stripe;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.LedgerType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Payment methods and the life of a PaymentIntent up to its first result: create, confirm with a card (approve,
 * decline with the card's code, or ask for 3-D Secure through {@code next_action.redirect_to_url}), the test 3-D
 * Secure page's outcome, and the asynchronous end of a {@code processing} payment. Callers hold the store's lock.
 *
 * <p>Magic amounts (minor units): {@code 777777} answers after the slow time, {@code 888888} stays
 * {@code processing} for a while and then succeeds, {@code 999999} answers HTTP 500 having done nothing.
 */
final class StripePayments {

    static final long SLOW_AMOUNT = 777_777;
    static final long PROCESSING_AMOUNT = 888_888;
    static final long FAILING_AMOUNT = 999_999;

    private final StripeStore store;
    private final StripeWebhooks webhooks;
    private final StripeBook book;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final Duration processingTime;

    StripePayments(
            StripeStore store,
            StripeWebhooks webhooks,
            StripeBook book,
            Clock clock,
            ScheduledExecutorService executor,
            Duration processingTime) {
        this.store = store;
        this.webhooks = webhooks;
        this.book = book;
        this.clock = clock;
        this.executor = executor;
        this.processingTime = processingTime;
    }

    /** {@code POST /v1/payment_methods} — what Stripe.js calls from the payer's browser with the publishable key. */
    StripeReply createMethod(String accountId, StripeForm p) {
        if (!"card".equals(p.text("type"))) {
            return StripeErrors.invalidRequest("parameter_invalid_empty", "type", "Invalid type: must be card");
        }
        Map<String, String> card = p.nested("card");
        String number = card.getOrDefault("number", "").replace(" ", "");
        Optional<StripeDecline> refused = StripeTestCards.refusal(
                number, card.getOrDefault("exp_month", ""), card.getOrDefault("exp_year", ""), card.get("cvc"), clock);
        if (refused.isPresent()) {
            return StripeErrors.card(refused.get(), null, null, null).notSaved();
        }
        int year = Integer.parseInt(card.get("exp_year").trim());
        StripePaymentMethod pm = new StripePaymentMethod(
                store.newId("pm"),
                accountId,
                StripeTestCards.behaviour(number),
                StripeTestCards.brand(number),
                CardNumbers.mask(number),
                Integer.parseInt(card.get("exp_month").trim()),
                year < 100 ? 2000 + year : year,
                p.nested("billing_details").get("name"),
                now());
        store.add(pm);
        return StripeReply.json(200, pm.toJson());
    }

    /** {@code POST /v1/payment_intents}, confirming at once when {@code confirm=true}. */
    StripeReply createIntent(String accountId, StripeForm p, URI base) {
        long amount;
        try {
            amount = Long.parseLong(p.text("amount"));
        } catch (NumberFormatException e) {
            return StripeErrors.invalidRequest(
                    "parameter_invalid_integer", "amount", "Invalid integer: " + p.text("amount"));
        }
        if (amount < 1 || amount > 99_999_999) {
            return StripeErrors.invalidRequest(
                    amount < 1 ? "amount_too_small" : "amount_too_large",
                    "amount",
                    "Amount must be between 1 and 99999999 in the currency's smallest unit");
        }
        String currency = p.text("currency").toLowerCase(Locale.ROOT);
        if (!knownCurrency(currency)) {
            return StripeErrors.invalidRequest("parameter_invalid_empty", "currency", "Invalid currency: " + currency);
        }
        String captureMethod = p.first("capture_method").orElse("automatic");
        if (!captureMethod.matches("automatic|automatic_async|manual")) {
            return StripeErrors.invalidRequest(
                    "parameter_invalid_empty",
                    "capture_method",
                    "Invalid capture_method: must be one of automatic, automatic_async, or manual");
        }
        boolean confirm = "true".equals(p.text("confirm"));
        if (confirm && !p.has("payment_method")) {
            return StripeErrors.invalidRequest(
                    "parameter_missing",
                    "payment_method",
                    "You cannot confirm this PaymentIntent because it's missing a payment method.");
        }
        if (amount == FAILING_AMOUNT) {
            return StripeErrors.apiError();
        }
        StripePaymentIntent pi = new StripePaymentIntent(
                store.newId("pi"),
                accountId,
                amount,
                currency,
                captureMethod,
                null,
                now(),
                p.first("description").orElse(null),
                p.nested("metadata"));
        pi = withSecret(pi);
        if (confirm) {
            Optional<StripePaymentMethod> pm = store.method(accountId, p.text("payment_method"));
            if (pm.isEmpty()) {
                return StripeErrors.missing("payment_method", p.text("payment_method"));
            }
            store.add(pi);
            webhooks.publish(accountId, "payment_intent.created", pi.toJson(true), pi.orderId());
            return confirm(pi, pm.get(), p.first("return_url").orElse(null), base);
        }
        store.add(pi);
        pi.paymentMethod = p.first("payment_method").orElse(null);
        pi.status = pi.paymentMethod == null ? "requires_payment_method" : "requires_confirmation";
        webhooks.publish(accountId, "payment_intent.created", pi.toJson(true), pi.orderId());
        return StripeReply.json(200, pi.toJson(true));
    }

    /** {@code POST /v1/payment_intents/{id}/confirm}. */
    StripeReply confirm(StripePaymentIntent pi, StripeForm p, URI base, boolean secretKey) {
        if (!pi.status.equals("requires_payment_method") && !pi.status.equals("requires_confirmation")) {
            return StripeErrors.unexpectedState(
                    "You cannot confirm this PaymentIntent because it has a status of " + pi.status + ".");
        }
        String pmId = p.first("payment_method").orElse(pi.paymentMethod);
        if (pmId == null) {
            return StripeErrors.invalidRequest(
                    "parameter_missing",
                    "payment_method",
                    "You cannot confirm this PaymentIntent because it's missing a payment method.");
        }
        Optional<StripePaymentMethod> pm = store.method(pi.accountId, pmId);
        if (pm.isEmpty()) {
            return StripeErrors.missing("payment_method", pmId);
        }
        StripeReply reply = confirm(pi, pm.get(), p.first("return_url").orElse(pi.returnUrl), base);
        return secretKey || reply.status() != 200 ? reply : StripeReply.json(200, pi.toJson(false));
    }

    private StripeReply confirm(StripePaymentIntent pi, StripePaymentMethod pm, String returnUrl, URI base) {
        pi.paymentMethod = pm.id();
        pi.returnUrl = returnUrl;
        pi.lastError = null;
        if (pi.amount == PROCESSING_AMOUNT) {
            pi.status = "processing";
            webhooks.publish(pi.accountId, "payment_intent.processing", pi.toJson(true), pi.orderId());
            executor.schedule(() -> finishProcessing(pi, pm), processingTime.toMillis(), TimeUnit.MILLISECONDS);
            return reply(pi);
        }
        if (pm.behaviour().threeDs()) {
            if (returnUrl == null || returnUrl.isBlank()) {
                return StripeErrors.invalidRequest(
                        "parameter_missing",
                        "return_url",
                        "This card requires authentication: pass a return_url to send the customer to it and back.");
            }
            pi.status = "requires_action";
            pi.nextActionUrl = base + "/3ds/authenticate/" + pi.id + "?client_secret=" + enc(pi.clientSecret);
            webhooks.publish(pi.accountId, "payment_intent.requires_action", pi.toJson(true), pi.orderId());
            return reply(pi);
        }
        return charge(pi, pm);
    }

    /** The outcome the payer chose on the test 3-D Secure page; where the browser goes next (the return URL). */
    String authenticated(StripePaymentIntent pi, boolean completed) {
        if (pi.status.equals("requires_action")) {
            pi.nextActionUrl = null;
            StripePaymentMethod pm =
                    store.method(pi.accountId, pi.paymentMethod).orElseThrow();
            if (completed) {
                charge(pi, pm);
            } else {
                fail(pi, pm, StripeDecline.AUTHENTICATION_FAILED);
            }
        }
        String status = pi.status.equals("succeeded") || pi.status.equals("requires_capture")
                ? "succeeded"
                : pi.status.equals("processing") ? "processing" : "failed";
        String back = pi.returnUrl == null ? "about:blank" : pi.returnUrl;
        return back + (back.contains("?") ? "&" : "?") + "payment_intent=" + enc(pi.id)
                + "&payment_intent_client_secret=" + enc(pi.clientSecret) + "&redirect_status=" + status;
    }

    private void finishProcessing(StripePaymentIntent pi, StripePaymentMethod pm) {
        synchronized (store) {
            if (pi.status.equals("processing")) {
                charge(pi, pm);
            }
        }
    }

    /** The issuer's answer: approve (sale or authorisation only) or decline with the card's code. */
    private StripeReply charge(StripePaymentIntent pi, StripePaymentMethod pm) {
        if (pm.behaviour().declines()) {
            return fail(pi, pm, pm.behaviour().decline());
        }
        pi.latestCharge = store.newId("ch");
        if (pi.manualCapture()) {
            pi.status = "requires_capture";
            pi.amountCapturable = pi.amount;
            book.approved(pi, pm, LedgerType.PRE_AUTH, pi.amount);
            webhooks.publish(pi.accountId, "payment_intent.amount_capturable_updated", pi.toJson(true), pi.orderId());
        } else {
            pi.status = "succeeded";
            pi.amountReceived = pi.amount;
            book.approved(pi, pm, LedgerType.SALE, pi.amount);
            webhooks.publish(pi.accountId, "charge.succeeded", pi.chargeJson(), pi.orderId());
            webhooks.publish(pi.accountId, "payment_intent.succeeded", pi.toJson(true), pi.orderId());
        }
        return reply(pi);
    }

    private StripeReply fail(StripePaymentIntent pi, StripePaymentMethod pm, StripeDecline decline) {
        pi.status = "requires_payment_method";
        pi.lastError = decline;
        pi.lastErrorCharge = decline.type().equals("card_error") ? store.newId("ch") : null;
        book.declined(pi, pm, decline);
        webhooks.publish(pi.accountId, "payment_intent.payment_failed", pi.toJson(true), pi.orderId());
        if (!decline.type().equals("card_error")) {
            return reply(pi);
        }
        return StripeErrors.card(decline, pi.toJson(true), pm.toJson(), pi.lastErrorCharge);
    }

    private static StripeReply reply(StripePaymentIntent pi) {
        return StripeReply.json(200, pi.toJson(true));
    }

    private StripePaymentIntent withSecret(StripePaymentIntent pi) {
        String secret = pi.id + "_secret_" + store.newId("s").substring(2);
        return new StripePaymentIntent(
                pi.id,
                pi.accountId,
                pi.amount,
                pi.currency,
                pi.captureMethod,
                secret,
                pi.created,
                pi.description,
                pi.metadata);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static boolean knownCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code.toUpperCase(Locale.ROOT)) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
