package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.Set;

/**
 * Reads an {@code inquiry} answer. The bank has no such order when it says {@code Code 101} or answers {@code Code 0}
 * with no order ({@code TransactionType 0}, no {@code OrderId}): NOT_SENT. The order's {@code RequestStatus} says
 * what became of it: 1 paid, 3 partly refunded, 4 fully refunded, 5 pre-authorisation captured — all an approved
 * authorisation; 2 cancelled (voided: it settles nothing by itself and stays UNKNOWN for a person); 0 failed (declined
 * with the host's code) or still waiting for 3-D Secure (no code: UNKNOWN).
 */
final class ToslaStatusReading {

    static final Set<String> AUTHORIZATIONS = Set.of("1", "2");
    private static final Set<String> APPROVED_STATES = Set.of("1", "3", "4", "5");
    static final String CANCELLED = "2";

    private ToslaStatusReading() {}

    static boolean notFound(ToslaAnswer a) {
        return ToslaCall.NOT_FOUND.equals(a.code())
                || (a.accepted()
                        && a.get("OrderId").isEmpty()
                        && (a.get("TransactionType").isEmpty() || "0".equals(a.get("TransactionType"))));
    }

    static GatewayResult read(BankReply<ToslaAnswer> reply, String orderId) {
        if (!reply.answered()) {
            return reply.unknown();
        }
        ToslaAnswer a = reply.get();
        if (notFound(a)) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, a.code(), a.message(), null, null, null, reply.exchange());
        }
        if (!a.accepted()) {
            return reply.unknown("the bank refused the inquiry: " + a.code() + " " + a.message());
        }
        if (!orderId.equals(a.get("OrderId"))) {
            return reply.unknown("status answer is for order " + a.get("OrderId") + ", not " + orderId);
        }
        if (!AUTHORIZATIONS.contains(a.get("TransactionType"))) {
            return reply.unknown("status answer names transaction type " + a.get("TransactionType"));
        }
        String host = a.get("BankResponseCode");
        String state = a.get("RequestStatus");
        if (CANCELLED.equals(state)) {
            return reply.unknown("order was voided at the bank; needs a person");
        }
        if (ToslaAnswer.APPROVED.equals(host) && APPROVED_STATES.contains(state)) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    host,
                    a.get("BankResponseMessage"),
                    a.get("AuthCode"),
                    a.get("HostReferenceNumber"),
                    a.get("TransactionId"),
                    reply.exchange());
        }
        if (!host.isEmpty() && !ToslaAnswer.APPROVED.equals(host)) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    host,
                    a.get("BankResponseMessage"),
                    null,
                    a.get("HostReferenceNumber"),
                    a.get("TransactionId"),
                    reply.exchange());
        }
        return reply.unknown("order is in RequestStatus " + state + " without a host answer (3-D not finished)");
    }
}
