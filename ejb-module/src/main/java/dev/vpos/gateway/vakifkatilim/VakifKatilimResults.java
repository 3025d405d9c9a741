package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;

/**
 * What the gates' answers mean. Approved only on ResponseCode 00 for our own order with a HashData that verifies;
 * declined on any other code the bank gave; an order id already used is asked about, never declined; anything
 * unreadable, for another order or with a wrong hash is unknown.
 */
final class VakifKatilimResults {

    /** The simulator's code for a merchant order id already approved (the real one is not public). */
    static final String ORDER_ID_USED = "DuplicateMerchantOrderId";

    private VakifKatilimResults() {}

    /** A sale, pre-authorisation or 3-D provision. */
    static GatewayResult authorization(
            String orderId, AuthorizationKind kind, BankReply<VakifKatilimAnswer> reply, String hashedPassword) {
        if (!reply.answered()) {
            return reply.failed();
        }
        VakifKatilimAnswer a = reply.get();
        if (!a.merchantOrderId().isEmpty() && !a.merchantOrderId().equals(orderId)) {
            return reply.unknown("answer is for order " + a.merchantOrderId() + ", not " + orderId);
        }
        if (a.approved()) {
            if (!a.hashVerifies(hashedPassword)) {
                return reply.unknown("the approval's HashData does not verify");
            }
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    a.code(),
                    a.message(),
                    a.provisionNumber(),
                    a.rrn(),
                    a.stan(),
                    new VakifKatilimReferences(a.orderId(), kind).asMap(),
                    reply.exchange());
        }
        return refusal(orderId, reply);
    }

    /** A capture, cancel or refund: approved on 00 for our order, else the bank's refusal. */
    static GatewayResult followUp(String orderId, BankReply<VakifKatilimAnswer> reply) {
        if (!reply.answered()) {
            return reply.failed();
        }
        VakifKatilimAnswer a = reply.get();
        if (!a.merchantOrderId().isEmpty() && !a.merchantOrderId().equals(orderId)) {
            return reply.unknown("answer is for order " + a.merchantOrderId() + ", not " + orderId);
        }
        if (a.approved()) {
            if (a.merchantOrderId().isEmpty()) {
                return reply.unknown("approval names no order");
            }
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    a.code(),
                    a.message(),
                    a.provisionNumber(),
                    a.rrn(),
                    a.stan(),
                    reply.exchange());
        }
        return refusal(orderId, reply);
    }

    private static GatewayResult refusal(String orderId, BankReply<VakifKatilimAnswer> reply) {
        VakifKatilimAnswer a = reply.get();
        if (ORDER_ID_USED.equals(a.code())) {
            return reply.orderIdAlreadyUsed(a.code(), a.message());
        }
        if (a.code().isEmpty()) {
            return reply.unknown("answer has no ResponseCode");
        }
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                a.code(),
                a.message(),
                null,
                emptyToNull(a.rrn()),
                emptyToNull(a.stan()),
                reply.exchange());
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
