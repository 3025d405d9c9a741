package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code SelectOrderByMerchantOrderId}. {@code NonResult}: the bank has no such order (NOT_SENT). Any other
 * code than 00 ({@code MerchantNotDefined}, {@code HashDataError}, ...): the inquiry was refused and settles nothing
 * (UNKNOWN). The order's {@code OrderContract} with TransactionStatus 1 and ResponseCode 00 is approved while its
 * LastOrderStatus says the authorisation stands — 1 sale, 4 and 5 (partly) refunded (mews/pos), 2 pre-authorised and
 * 3 its capture (the simulator's choice); 6 (cancelled) or anything else needs a person (UNKNOWN). Another
 * ResponseCode: declined with it.
 */
final class VakifKatilimStatusReading {

    private static final Set<String> AUTHORIZATION_STANDS = Set.of("1", "2", "3", "4", "5");
    /** OrderStatus of a pre-authorisation: the simulator's choice (mews/pos lists 1, 4, 5 and 6 only). */
    static final String PRE_AUTH_STATUS = "2";

    private VakifKatilimStatusReading() {}

    static GatewayResult read(String orderId, BankReply<VakifKatilimAnswer> reply) {
        if (!reply.answered()) {
            // for a status, NOT_SENT means "no such order"; a bank that could not be reached settles nothing
            return reply.unknown();
        }
        VakifKatilimAnswer a = reply.get();
        if (VakifKatilimAnswer.NO_RESULT.equals(a.code())) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, null, "no such order at the bank", null, null, null, reply.exchange());
        }
        if (!a.approved()) {
            return reply.unknown("the bank refused the inquiry: " + a.code() + " " + a.message());
        }
        Optional<Map<String, String>> found = contract(orderId, a);
        if (found.isEmpty()) {
            return reply.unknown("the inquiry did not answer about order " + orderId);
        }
        Map<String, String> o = found.get();
        String code = o.getOrDefault("ResponseCode", "");
        String message = o.getOrDefault("ResponseExplain", "");
        if (VakifKatilimAnswer.APPROVED.equals(code) && "1".equals(o.get("TransactionStatus"))) {
            String state = o.getOrDefault("LastOrderStatus", "");
            if (!AUTHORIZATION_STANDS.contains(state)) {
                return reply.unknown("order is in state " + state + ("6".equals(state) ? " (cancelled)" : "")
                        + " at the bank; needs a person");
            }
            AuthorizationKind kind =
                    PRE_AUTH_STATUS.equals(o.get("OrderStatus")) ? AuthorizationKind.PRE_AUTH : AuthorizationKind.SALE;
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    message,
                    o.get("ProvNumber"),
                    o.get("RRN"),
                    o.get("Stan"),
                    new VakifKatilimReferences(o.getOrDefault("OrderId", ""), kind).asMap(),
                    reply.exchange());
        }
        if (!code.isEmpty() && !VakifKatilimAnswer.APPROVED.equals(code)) {
            return new GatewayResult(GatewayOutcome.DECLINED, code, message, null, null, null, reply.exchange());
        }
        return reply.unknown("order has no usable ResponseCode / TransactionStatus");
    }

    /** Our order's contract in the answer. */
    static Optional<Map<String, String>> contract(String orderId, VakifKatilimAnswer a) {
        return a.orders().stream()
                .filter(o -> orderId.equals(o.get("MerchantOrderId")))
                .findFirst();
    }
}
