package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.Map;

/**
 * Reads the search service's answer for one order id. The query's own result ({@code ResponseInfo/ResponseCode},
 * 0000 = the query ran) is separate from the order's ({@code TransactionSearchResultInfo/...}: its
 * {@code ResultCode} and the flags {@code IsCanceled}, {@code IsReversed}, {@code IsRefunded}). Searching by order id,
 * PayFlex shows the approved transaction of that order if there is one, else the last one sent.
 * <ul>
 *   <li>query refused or unreadable → UNKNOWN (we still do not know);</li>
 *   <li>query ran, no transaction → NOT_SENT (the bank has no such order);</li>
 *   <li>ResultCode 0000, not cancelled or reversed → APPROVED (a refund does not undo that it was charged);</li>
 *   <li>ResultCode 0000 but cancelled or reversed → UNKNOWN: needs a person;</li>
 *   <li>another ResultCode → DECLINED with it.</li>
 * </ul>
 */
final class PayFlexStatusReading {

    private static final String INFO = "TransactionSearchResultInfo/TransactionSearchResultInfo/";

    private PayFlexStatusReading() {}

    /** A status inquiry books nothing: not reaching the bank only means we still do not know. */
    static GatewayResult read(String orderId, BankReply<PayFlexXml.Parsed> reply) {
        if (!reply.answered()) {
            return reply.unknown();
        }
        if (!reply.get().has("ResponseInfo/ResponseCode")) {
            return reply.unknown("no readable search answer");
        }
        PayFlexXml.Parsed r = reply.get();
        BankExchange exchange = reply.exchange();
        String queryCode = r.get("ResponseInfo/ResponseCode");
        if (!PayFlexGateway.APPROVED.equals(queryCode)) {
            return GatewayResult.unknown(exchange.withFailure(
                    "the bank refused the inquiry: " + queryCode + " " + r.get("ResponseInfo/ResponseMessage")));
        }
        if (!r.has(INFO + "ResultCode")) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, null, "no transaction for order " + orderId, null, null, null, exchange);
        }
        if (!orderId.equals(r.get(INFO + "OrderId"))) {
            return GatewayResult.unknown(
                    exchange.withFailure("search answered for order " + r.get(INFO + "OrderId") + ", not " + orderId));
        }
        String code = r.get(INFO + "ResultCode");
        String transactionId = r.get(INFO + "TransactionId");
        if (PayFlexGateway.APPROVED.equals(code)) {
            if ("true".equalsIgnoreCase(r.get(INFO + "IsCanceled"))
                    || "true".equalsIgnoreCase(r.get(INFO + "IsReversed"))) {
                return GatewayResult.unknown(exchange.withFailure("order was approved and then "
                        + ("true".equalsIgnoreCase(r.get(INFO + "IsCanceled")) ? "cancelled" : "reversed")
                        + " at the bank; needs a person"));
            }
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    r.get(INFO + "ResponseMessage"),
                    r.get(INFO + "AuthCode"),
                    r.get(INFO + "Rrn"),
                    transactionId,
                    transactionId.isEmpty() ? Map.of() : Map.of(PayFlexGateway.REF_TRANSACTION_ID, transactionId),
                    exchange);
        }
        if (code.isEmpty()) {
            return GatewayResult.unknown(exchange.withFailure("search answer without a result code"));
        }
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                code,
                r.get(INFO + "ResponseMessage"),
                null,
                emptyToNull(r.get(INFO + "Rrn")),
                emptyToNull(transactionId),
                exchange);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
