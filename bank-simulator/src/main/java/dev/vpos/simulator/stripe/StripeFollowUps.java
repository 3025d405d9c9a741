package dev.vpos.simulator.stripe;

import dev.vpos.simulator.ledger.LedgerType;
import jakarta.json.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What follows a PaymentIntent's result: retrieve, search, capture (all or part of an authorisation), cancel
 * (before it succeeded) and refunds (full or partial, several). Callers hold the store's lock.
 */
final class StripeFollowUps {

    private final StripeStore store;
    private final StripeWebhooks webhooks;
    private final StripeBook book;
    private final Clock clock;

    StripeFollowUps(StripeStore store, StripeWebhooks webhooks, StripeBook book, Clock clock) {
        this.store = store;
        this.webhooks = webhooks;
        this.book = book;
        this.clock = clock;
    }

    /** {@code GET /v1/payment_intents/search?query=...&limit=...}, newest first. */
    /**
     * {@code GET /v1/refunds?payment_intent=pi_...}: the PaymentIntent's refunds, newest first, as a list object
     * ({@code limit} 1–100, default 10; {@code has_more} when there are more). Another account's PaymentIntent, or one
     * that does not exist, is Stripe's {@code resource_missing}.
     */
    StripeReply refunds(String accountId, StripeForm p) {
        int limit;
        try {
            limit = p.first("limit").map(Integer::parseInt).orElse(10);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 100) {
            return StripeErrors.invalidRequest("parameter_invalid_integer", "limit", "limit must be between 1 and 100");
        }
        String intentId = p.text("payment_intent");
        if (!intentId.isEmpty() && store.intent(accountId, intentId).isEmpty()) {
            return StripeErrors.missing("payment_intent", intentId);
        }
        List<StripeRefund> found = new ArrayList<>(store.refundsOf(intentId).stream()
                .filter(r -> r.accountId().equals(accountId))
                .toList());
        Collections.reverse(found);
        var data = Json.createArrayBuilder();
        found.stream().limit(limit).forEach(r -> data.add(r.toJson()));
        return StripeReply.json(
                200,
                Json.createObjectBuilder()
                        .add("object", "list")
                        .add("url", "/v1/refunds")
                        .add("has_more", found.size() > limit)
                        .add("data", data)
                        .build());
    }

    StripeReply search(String accountId, StripeForm p) {
        Optional<Predicate<StripePaymentIntent>> query = StripeSearchQuery.parse(p.text("query"));
        if (query.isEmpty()) {
            return StripeErrors.invalidRequest(
                    "parameter_invalid_empty",
                    "query",
                    "We were unable to parse your search query: " + p.text("query"));
        }
        int limit;
        try {
            limit = p.first("limit").map(Integer::parseInt).orElse(10);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 100) {
            return StripeErrors.invalidRequest("parameter_invalid_integer", "limit", "limit must be between 1 and 100");
        }
        List<StripePaymentIntent> found =
                store.intents(accountId).stream().filter(query.get()).toList();
        var data = Json.createArrayBuilder();
        found.stream().limit(limit).forEach(pi -> data.add(pi.toJson(true)));
        return StripeReply.json(
                200,
                Json.createObjectBuilder()
                        .add("object", "search_result")
                        .add("url", "/v1/payment_intents/search")
                        .add("has_more", found.size() > limit)
                        .addNull("next_page")
                        .add("data", data)
                        .build());
    }

    /** {@code POST /v1/payment_intents/{id}/capture}: only an authorisation ({@code requires_capture}). */
    StripeReply capture(StripePaymentIntent pi, StripeForm p) {
        if (!pi.status.equals("requires_capture")) {
            return StripeErrors.unexpectedState("This PaymentIntent could not be captured because it has a status of "
                    + pi.status + ". Only a PaymentIntent with one of the following statuses may be captured: "
                    + "requires_capture.");
        }
        long amount;
        try {
            amount = p.first("amount_to_capture").map(Long::parseLong).orElse(pi.amountCapturable);
        } catch (NumberFormatException e) {
            return StripeErrors.invalidRequest(
                    "parameter_invalid_integer",
                    "amount_to_capture",
                    "Invalid integer: " + p.text("amount_to_capture"));
        }
        if (amount < 1 || amount > pi.amountCapturable) {
            return StripeErrors.invalidRequest(
                    "amount_too_large",
                    "amount_to_capture",
                    "The amount to capture must be between 1 and the amount capturable (" + pi.amountCapturable + ").");
        }
        pi.status = "succeeded";
        pi.amountReceived = amount;
        pi.amountCapturable = 0;
        book.approved(pi, method(pi), LedgerType.POST_AUTH, amount);
        webhooks.publish(pi.accountId, "charge.captured", pi.chargeJson(), pi.orderId());
        webhooks.publish(pi.accountId, "payment_intent.succeeded", pi.toJson(true), pi.orderId());
        return StripeReply.json(200, pi.toJson(true));
    }

    /** {@code POST /v1/payment_intents/{id}/cancel}: before success only; an authorisation is released. */
    StripeReply cancel(StripePaymentIntent pi, StripeForm p) {
        if (!List.of(
                        "requires_payment_method",
                        "requires_capture",
                        "requires_confirmation",
                        "requires_action",
                        "processing")
                .contains(pi.status)) {
            return StripeErrors.unexpectedState("You cannot cancel this PaymentIntent because it has a status of "
                    + pi.status + ". Only a PaymentIntent with one of the following statuses may be canceled: "
                    + "requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.");
        }
        String reason = p.first("cancellation_reason").orElse(null);
        if (reason != null && !reason.matches("duplicate|fraudulent|requested_by_customer|abandoned")) {
            return StripeErrors.invalidRequest(
                    "parameter_invalid_empty", "cancellation_reason", "Invalid cancellation_reason: " + reason);
        }
        boolean wasAuthorised = pi.status.equals("requires_capture");
        long released = pi.amountCapturable;
        pi.status = "canceled";
        pi.canceledAt = clock.instant().getEpochSecond();
        pi.cancellationReason = reason;
        pi.amountCapturable = 0;
        pi.nextActionUrl = null;
        if (wasAuthorised) {
            book.approved(pi, method(pi), LedgerType.VOID, released);
        }
        webhooks.publish(pi.accountId, "payment_intent.canceled", pi.toJson(true), pi.orderId());
        return StripeReply.json(200, pi.toJson(true));
    }

    /** {@code POST /v1/refunds} with {@code payment_intent} (or {@code charge}), optional {@code amount}. */
    StripeReply refund(String accountId, StripeForm p) {
        Optional<StripePaymentIntent> found = p.first("payment_intent")
                .map(id -> store.intent(accountId, id))
                .orElseGet(() -> p.first("charge").flatMap(ch -> store.intentByChargeId(accountId, ch)));
        if (found.isEmpty()) {
            String param = p.has("payment_intent") ? "payment_intent" : "charge";
            return p.has(param)
                    ? StripeErrors.missing(param, p.text(param))
                    : StripeErrors.invalidRequest(
                            "parameter_missing",
                            "payment_intent",
                            "One of the following params should be provided for this request: payment_intent or charge.");
        }
        StripePaymentIntent pi = found.get();
        if (!pi.status.equals("succeeded")) {
            return StripeErrors.unexpectedState(
                    "This PaymentIntent does not have a successful charge to refund " + "(status " + pi.status + ").");
        }
        long remaining = pi.amountReceived - pi.amountRefunded;
        if (remaining <= 0) {
            return StripeReply.json(
                    400,
                    Json.createObjectBuilder()
                            .add(
                                    "error",
                                    Json.createObjectBuilder()
                                            .add("type", "invalid_request_error")
                                            .add("code", "charge_already_refunded")
                                            .add(
                                                    "message",
                                                    "Charge " + pi.latestCharge + " has already been refunded."))
                            .build());
        }
        long amount;
        try {
            amount = p.first("amount").map(Long::parseLong).orElse(remaining);
        } catch (NumberFormatException e) {
            return StripeErrors.invalidRequest(
                    "parameter_invalid_integer", "amount", "Invalid integer: " + p.text("amount"));
        }
        if (amount < 1 || amount > remaining) {
            return StripeErrors.invalidRequest(
                    "amount_too_large",
                    "amount",
                    "Refund amount (" + amount + ") is greater than unrefunded amount on charge (" + remaining + ")");
        }
        String reason = p.first("reason").orElse(null);
        if (reason != null && !reason.matches("duplicate|fraudulent|requested_by_customer")) {
            return StripeErrors.invalidRequest("parameter_invalid_empty", "reason", "Invalid reason: " + reason);
        }
        StripeRefund refund = new StripeRefund(
                store.newId("re"),
                accountId,
                pi.id,
                pi.latestCharge,
                amount,
                pi.currency,
                reason,
                p.nested("metadata"),
                clock.instant().getEpochSecond());
        store.add(refund);
        pi.amountRefunded += amount;
        book.approved(pi, method(pi), LedgerType.REFUND, amount);
        webhooks.publish(accountId, "refund.created", refund.toJson(), pi.orderId());
        webhooks.publish(accountId, "charge.refunded", pi.chargeJson(), pi.orderId());
        return StripeReply.json(200, refund.toJson());
    }

    private StripePaymentMethod method(StripePaymentIntent pi) {
        return pi.paymentMethod == null
                ? null
                : store.method(pi.accountId, pi.paymentMethod).orElse(null);
    }
}
