package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.shared.domain.Money;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's history at Stripe: its PaymentIntent(s) — the one kept in the order's references, else every one Stripe
 * finds by {@code metadata['order_id']} — and each one's refunds ({@code GET /v1/refunds?payment_intent=}, newest first,
 * up to 100). A PaymentIntent is read by its {@code status} and {@code capture_method}:
 * <ul>
 *   <li>automatic capture, {@code succeeded}: a SALE of {@code amount_received};</li>
 *   <li>manual capture: a PRE_AUTH of {@code amount} once authorised ({@code requires_capture}), plus a CAPTURE of
 *       {@code amount_received} when {@code succeeded}, or a VOID of the amount when {@code canceled} after it was
 *       authorised (it has a {@code latest_charge});</li>
 *   <li>{@code requires_payment_method} with a {@code last_payment_error}, or {@code canceled} before it was authorised:
 *       the SALE or PRE_AUTH declined; {@code processing}, {@code requires_action}, {@code requires_confirmation}: its
 *       outcome not decided yet (UNKNOWN).</li>
 * </ul>
 * A refund is a REFUND of its {@code amount}: approved when {@code succeeded}, declined when {@code failed} or
 * {@code canceled}, undecided while {@code pending} or {@code requires_action}; its operation id is our
 * {@code metadata[operation_id]}, its transaction id Stripe's {@code re_...}. Amounts are minor units in the object's
 * currency; times Stripe's {@code created} / {@code canceled_at} (Unix seconds).
 */
final class StripeHistory {

    private final StripeClient client;

    StripeHistory(StripeClient client) {
        this.client = client;
    }

    OrderHistory of(HistoryInquiry inquiry, GatewayAccount account) {
        StripeCredentials c = StripeCredentials.of(account);
        String kept = inquiry.reference(StripeReading.PAYMENT_INTENT);
        StripeAnswer found = kept.matches("pi_[A-Za-z0-9]+")
                ? client.call(c, account, StripeRequest.get("/v1/payment_intents/" + kept))
                : client.call(
                        c,
                        account,
                        StripeRequest.get("/v1/payment_intents/search")
                                .with(
                                        "query",
                                        "metadata['order_id']:'"
                                                + inquiry.bankOrderId().replace("'", "") + "'")
                                .with("limit", 10));
        if (!found.ok()) {
            return OrderHistory.notAnswered(found.failing(why(found)).exchange());
        }
        List<JsonObject> intents = new ArrayList<>();
        if (found.json().get("data") instanceof JsonArray data) {
            data.getValuesAs(JsonObject.class).forEach(intents::add);
        } else {
            intents.add(found.json());
        }
        BankExchange exchange = found.exchange();
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (JsonObject pi : intents) {
            String order = pi.get("metadata") instanceof JsonObject m ? StripeReading.text(m, "order_id") : "";
            if (!order.equals(inquiry.bankOrderId())) {
                return OrderHistory.notAnswered(exchange.withFailure("PaymentIntent " + StripeReading.text(pi, "id")
                        + " is for order '" + order + "', not " + inquiry.bankOrderId()));
            }
            lines.addAll(intentLines(pi));
            if (!"succeeded".equals(StripeReading.text(pi, "status"))) {
                continue;
            }
            StripeAnswer refunds = client.call(
                    c,
                    account,
                    StripeRequest.get("/v1/refunds")
                            .with("payment_intent", StripeReading.text(pi, "id"))
                            .with("limit", 100));
            exchange = exchange.then(refunds.exchange());
            if (!refunds.ok() || !(refunds.json().get("data") instanceof JsonArray data)) {
                return OrderHistory.notAnswered(exchange.withFailure(why(refunds)));
            }
            List<JsonObject> newestFirst = data.getValuesAs(JsonObject.class);
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                lines.add(refundLine(newestFirst.get(i)));
            }
        }
        if (lines.stream().anyMatch(l -> l.amount() == null)) {
            return OrderHistory.notAnswered(
                    exchange.withFailure("an amount in a currency Stripe's answer cannot hold"));
        }
        return OrderHistory.of(lines, true, inquiry.currency(), exchange);
    }

    private static List<OrderHistory.Line> intentLines(JsonObject pi) {
        String status = StripeReading.text(pi, "status");
        boolean manual = "manual".equals(StripeReading.text(pi, "capture_method"));
        String currency = StripeReading.text(pi, "currency");
        Money amount = StripeAmounts.money(StripeReading.number(pi, "amount"), currency);
        OffsetDateTime created = time(StripeReading.number(pi, "created"));
        String bankType = "payment_intent " + status;
        HistoryKind authorization = manual ? HistoryKind.PRE_AUTH : HistoryKind.SALE;
        List<OrderHistory.Line> lines = new ArrayList<>();
        switch (status) {
            case "succeeded" -> {
                Money received = StripeAmounts.money(StripeReading.number(pi, "amount_received"), currency);
                if (manual) {
                    lines.add(line(HistoryKind.PRE_AUTH, bankType, GatewayOutcome.APPROVED, amount, pi, created));
                    lines.add(line(HistoryKind.CAPTURE, bankType, GatewayOutcome.APPROVED, received, pi, null));
                } else {
                    lines.add(line(HistoryKind.SALE, bankType, GatewayOutcome.APPROVED, received, pi, created));
                }
            }
            case "requires_capture" ->
                lines.add(line(HistoryKind.PRE_AUTH, bankType, GatewayOutcome.APPROVED, amount, pi, created));
            case "canceled" -> {
                boolean authorised = !StripeReading.text(pi, "latest_charge").isEmpty();
                lines.add(line(
                        authorization,
                        bankType,
                        authorised ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                        amount,
                        pi,
                        created));
                if (authorised) {
                    lines.add(line(
                            HistoryKind.VOID,
                            bankType,
                            GatewayOutcome.APPROVED,
                            amount,
                            pi,
                            time(StripeReading.number(pi, "canceled_at"))));
                }
            }
            case "requires_payment_method" -> {
                if (StripeReading.lastError(pi).isPresent()) {
                    lines.add(line(authorization, bankType, GatewayOutcome.DECLINED, amount, pi, created));
                }
            }
            default -> lines.add(line(authorization, bankType, GatewayOutcome.UNKNOWN, amount, pi, created));
        }
        return lines;
    }

    private static OrderHistory.Line line(
            HistoryKind kind, String bankType, GatewayOutcome outcome, Money amount, JsonObject pi, OffsetDateTime at) {
        String code = StripeReading.lastError(pi)
                .map(e -> StripeReading.code(e, 402))
                .orElse(StripeReading.text(pi, "status"));
        return new OrderHistory.Line(
                kind, bankType, outcome, amount, null, code, null, null, StripeReading.text(pi, "id"), at);
    }

    private static OrderHistory.Line refundLine(JsonObject refund) {
        String status = StripeReading.text(refund, "status");
        GatewayOutcome outcome = switch (status) {
            case "succeeded" -> GatewayOutcome.APPROVED;
            case "failed", "canceled" -> GatewayOutcome.DECLINED;
            default -> GatewayOutcome.UNKNOWN;
        };
        String operationId =
                refund.get("metadata") instanceof JsonObject m ? StripeReading.text(m, "operation_id") : "";
        return new OrderHistory.Line(
                HistoryKind.REFUND,
                "refund " + status,
                outcome,
                StripeAmounts.money(StripeReading.number(refund, "amount"), StripeReading.text(refund, "currency")),
                operationId.isEmpty() ? null : operationId,
                status,
                null,
                null,
                StripeReading.text(refund, "id"),
                time(StripeReading.number(refund, "created")));
    }

    private static String why(StripeAnswer a) {
        if (a.error().isPresent()) {
            return "Stripe refused the inquiry: " + StripeReading.code(a.error().get(), a.status());
        }
        return a.exchange().failure() == null
                ? "no usable answer from Stripe"
                : a.exchange().failure();
    }

    private static OffsetDateTime time(long unixSeconds) {
        return unixSeconds < 0 ? null : Instant.ofEpochSecond(unixSeconds).atOffset(ZoneOffset.UTC);
    }
}
