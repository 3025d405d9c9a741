package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stripe PaymentIntents (REST, form-encoded, {@code Authorization: Bearer <secret key>}, an {@code Idempotency-Key} on
 * every POST derived from our order id or follow-up operation id, amounts in minor units). Payments are hosted
 * (3D Host): the card goes from the payer's browser to Stripe ({@link StripeThreeDs}). Follow-ups address the
 * PaymentIntent kept in the collection's references (or found by our order id): capture ({@code amount_to_capture}),
 * cancel (before success: Stripe cannot cancel a captured payment, it must be refunded), refunds (partial ones too).
 * The status of an order is found by {@code metadata['order_id']} through Stripe's search. Webhooks:
 * {@link StripeNotifications}.
 */
@ApplicationScoped
public class StripeGateway extends BankAdapter {

    @Inject
    Clock clock;

    private StripeClient client;
    private StripeThreeDs threeDs;
    private StripeNotifications notifications;

    public StripeGateway() {
        super(
                GatewayFamily.STRIPE,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.PRE_AUTH,
                        GatewayOperation.CAPTURE,
                        GatewayOperation.PARTIAL_CAPTURE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.THREE_D_HOST));
    }

    StripeGateway(BankHttpTransport transport, Clock clock) {
        this();
        connect(transport);
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        client = new StripeClient(channel());
        threeDs = new StripeThreeDs(client);
        notifications = new StripeNotifications(clock);
    }

    @Override
    public boolean voidsSales() {
        return false; // Stripe cancels a PaymentIntent only before it succeeds; a captured sale is refunded
    }

    /** A search for an order that does not exist: proves the API answers and accepts the secret key. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String probe = "VPTEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        StripeAnswer a = client.call(StripeCredentials.of(account), account, search(probe));
        if (!a.answered()) {
            return new ConnectionCheck(false, false, null, a.exchange().failure(), a.exchange());
        }
        if (a.ok()) {
            return new ConnectionCheck(true, true, "200", "Stripe accepted the secret key", a.exchange());
        }
        String code = a.error().map(e -> StripeReading.code(e, a.status())).orElse("http_" + a.status());
        String message = a.error().map(e -> StripeReading.text(e, "message")).orElse("HTTP " + a.status());
        return new ConnectionCheck(true, false, code, message, a.exchange());
    }

    /**
     * What Stripe knows of our order: its PaymentIntent found by {@code metadata['order_id']} (an approved one if
     * there are several), read as in {@link StripeReading#intent}; NOT_SENT when Stripe has none. Stripe's search may
     * lag a new PaymentIntent by up to a minute; the janitor's first question comes later than that.
     */
    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        StripeAnswer a = client.call(StripeCredentials.of(account), account, search(bankOrderId));
        if (!a.ok()) {
            GatewayResult r = StripeReading.answer(a);
            return r.outcome() == GatewayOutcome.DECLINED
                    ? GatewayResult.unknown(a.failing("Stripe refused the search: " + r.bankCode())
                            .exchange())
                    : r.outcome() == GatewayOutcome.NOT_SENT ? GatewayResult.unknown(a.exchange()) : r;
        }
        if (!(a.json().get("data") instanceof JsonArray data)) {
            return GatewayResult.unknown(
                    a.failing("Stripe's search answer has no data").exchange());
        }
        if (data.isEmpty()) {
            return GatewayResult.notSent(a.failing("Stripe has no PaymentIntent for order " + bankOrderId)
                    .exchange());
        }
        JsonObject chosen = data.getJsonObject(0);
        for (int i = 0; i < data.size(); i++) {
            String s = StripeReading.text(data.getJsonObject(i), "status");
            if (s.equals("succeeded") || s.equals("requires_capture")) {
                chosen = data.getJsonObject(i);
                break;
            }
        }
        return StripeReading.intent(chosen, a.exchange());
    }

    /** The order's PaymentIntent(s) and their refunds: {@link StripeHistory}. */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        return new StripeHistory(client).of(inquiry, account);
    }

    /** Stripe takes a card only in the payer's browser (Stripe.js): no server-side card sale. */
    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return GatewayResult.notSent(
                "Stripe takes the card in the payer's browser only (3D Host); a card sent by the server is not offered");
    }

    @Override
    public GatewayResult capture(FollowUp f, GatewayAccount account) {
        return onIntent(
                f,
                account,
                pi -> StripeRequest.post(
                                "/v1/payment_intents/" + pi + "/capture", "vpos-" + f.operationId() + "-capture")
                        .with("amount_to_capture", StripeAmounts.minor(f.amount())),
                StripeReading::answer);
    }

    /** Cancels the PaymentIntent: releases an authorisation; refused by Stripe once the payment succeeded. */
    @Override
    public GatewayResult voidTransaction(FollowUp f, GatewayAccount account) {
        return onIntent(
                f,
                account,
                pi -> StripeRequest.post("/v1/payment_intents/" + pi + "/cancel", "vpos-" + f.operationId() + "-cancel")
                        .with("cancellation_reason", "requested_by_customer"),
                a -> {
                    if (a.ok() && "canceled".equals(StripeReading.text(a.json(), "status"))) {
                        String pi = StripeReading.text(a.json(), "id");
                        return new GatewayResult(
                                GatewayOutcome.APPROVED,
                                "canceled",
                                "Canceled, the authorisation is released",
                                null,
                                emptyToNull(StripeReading.text(a.json(), "latest_charge")),
                                pi,
                                Map.of(StripeReading.PAYMENT_INTENT, pi),
                                a.exchange());
                    }
                    GatewayResult r = StripeReading.answer(a);
                    return r.outcome() == GatewayOutcome.APPROVED
                            ? GatewayResult.unknown(
                                    a.failing("the PaymentIntent is " + r.bankCode() + " after the cancel")
                                            .exchange())
                            : r;
                });
    }

    @Override
    public GatewayResult refund(FollowUp f, GatewayAccount account) {
        StripeCredentials c = StripeCredentials.of(account);
        Lookup pi = paymentIntent(f, c, account);
        if (pi.failure() != null) {
            return pi.failure();
        }
        return StripeReading.refund(client.call(
                c,
                account,
                StripeRequest.post("/v1/refunds", "vpos-" + f.operationId() + "-refund")
                        .with("payment_intent", pi.id())
                        .with("amount", StripeAmounts.minor(f.amount()))
                        .with("metadata[order_id]", f.bankOrderId())
                        .with("metadata[operation_id]", f.operationId())));
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return threeDs.start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return threeDs.finish(callback, account);
    }

    @Override
    public NotificationVerdict readNotification(InboundNotification notification, GatewayAccount account) {
        try {
            return notifications.read(notification, account);
        } catch (RuntimeException e) {
            return NotificationVerdict.rejected(
                    "unreadable Stripe notification: " + e.getClass().getSimpleName(),
                    StripeMasking.mask(notification.bodyText()));
        }
    }

    private GatewayResult onIntent(
            FollowUp f,
            GatewayAccount account,
            Function<String, StripeRequest> request,
            Function<StripeAnswer, GatewayResult> reading) {
        StripeCredentials c = StripeCredentials.of(account);
        Lookup pi = paymentIntent(f, c, account);
        if (pi.failure() != null) {
            return pi.failure();
        }
        return reading.apply(client.call(c, account, request.apply(pi.id())));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A PaymentIntent id, or why none can be named (nothing was sent for the operation itself). */
    private record Lookup(String id, GatewayResult failure) {}

    /** The PaymentIntent of the original payment: from its references, else found by our order id. */
    private Lookup paymentIntent(FollowUp f, StripeCredentials c, GatewayAccount account) {
        for (String key : new String[] {StripeReading.PAYMENT_INTENT, "transId"}) {
            String id = f.reference(key);
            if (id.matches("pi_[A-Za-z0-9]+")) {
                return new Lookup(id, null);
            }
        }
        GatewayResult found = status(f.bankOrderId(), account);
        String id = found.references().getOrDefault(StripeReading.PAYMENT_INTENT, "");
        if (id.matches("pi_[A-Za-z0-9]+")) {
            return new Lookup(id, null);
        }
        return new Lookup(
                null,
                GatewayResult.notSent(
                        found.exchange().withFailure("no Stripe PaymentIntent known for order " + f.bankOrderId())));
    }

    private static StripeRequest search(String bankOrderId) {
        return StripeRequest.get("/v1/payment_intents/search")
                .with("query", "metadata['order_id']:'" + bankOrderId.replace("'", "") + "'")
                .with("limit", 10);
    }
}
