package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The status of a Common Payment order by our order id. Common Payment's own inquiry needs the bank's TransactionId and
 * token, so the order is looked up where its sale is booked: the VPOS 7/24 search service ({@code SearchRequest} by
 * {@code OrderId}; unconfirmed for Common Payment sales, docs/families/payflex-cp.md). The query's own result
 * ({@code ResponseInfo/ResponseCode} 0000) is apart from the order's:
 * <ul>
 *   <li>query refused or unreadable → UNKNOWN;</li>
 *   <li>no transaction → NOT_SENT (the bank has no such order: the payer never paid);</li>
 *   <li>{@code ResultCode} 0000, not cancelled or reversed → APPROVED with the sale's TransactionId kept;</li>
 *   <li>0000 but cancelled or reversed → UNKNOWN, for a person;</li>
 *   <li>another {@code ResultCode} → DECLINED with it.</li>
 * </ul>
 */
final class PayFlexCpStatus {

    private static final String INFO = "TransactionSearchResultInfo/TransactionSearchResultInfo/";

    private PayFlexCpStatus() {}

    static GatewayResult ask(BankChannel channel, String orderId, GatewayAccount account) {
        PayFlexCpCredentials c = PayFlexCpCredentials.of(account);
        if (c.searchUrl().isEmpty()) {
            return GatewayResult.unknown(
                    BankExchange.nothingSent("no search URL: set searchUrl (the endpoint does not end in "
                            + PayFlexCpCredentials.API_PATH + ")"));
        }
        Map<String, Object> merchant = new LinkedHashMap<>();
        merchant.put("HostMerchantId", c.merchantId());
        merchant.put("MerchantPassword", c.password());
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("TransactionId", "");
        criteria.put("OrderId", orderId);
        criteria.put("AuthCode", "");
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MerchantCriteria", merchant);
        f.put("TransactionCriteria", criteria);
        return read(
                orderId,
                channel.send(PayFlexCpForm.searchRequest(f).to(c.searchUrl().get()), account, PayFlexCpXml.ANSWER));
    }

    static GatewayResult read(String orderId, BankReply<PayFlexCpXml.Answer> reply) {
        if (!reply.answered()) {
            return reply.unknown();
        }
        PayFlexCpXml.Answer r = reply.get();
        String queryCode = r.get("ResponseInfo/ResponseCode");
        if (!PayFlexCpConfirmation.APPROVED.equals(queryCode)) {
            return reply.unknown(
                    queryCode.isEmpty()
                            ? "no readable search answer"
                            : "the bank refused the inquiry: " + queryCode + " "
                                    + r.get("ResponseInfo/ResponseMessage"));
        }
        if (!r.has(INFO + "ResultCode")) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT,
                    null,
                    "no transaction for order " + orderId,
                    null,
                    null,
                    null,
                    reply.exchange());
        }
        if (!orderId.equals(r.get(INFO + "OrderId"))) {
            return reply.unknown("search answered for order " + r.get(INFO + "OrderId") + ", not " + orderId);
        }
        String code = r.get(INFO + "ResultCode");
        String transactionId = r.get(INFO + "TransactionId");
        if (!PayFlexCpConfirmation.APPROVED.equals(code)) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code,
                    r.get(INFO + "ResponseMessage"),
                    null,
                    null,
                    transactionId.isEmpty() ? null : transactionId,
                    reply.exchange());
        }
        if ("true".equalsIgnoreCase(r.get(INFO + "IsCanceled"))
                || "true".equalsIgnoreCase(r.get(INFO + "IsReversed"))) {
            return reply.unknown("order was approved and then cancelled or reversed at the bank; needs a person");
        }
        if (transactionId.isEmpty()) {
            return reply.unknown("approved order without the bank's TransactionId");
        }
        return new GatewayResult(
                GatewayOutcome.APPROVED,
                code,
                r.get(INFO + "ResponseMessage"),
                r.get(INFO + "AuthCode"),
                r.has(INFO + "Rrn") ? r.get(INFO + "Rrn") : null,
                transactionId,
                Map.of(PayFlexCpGateway.REF_TRANSACTION_ID, transactionId),
                reply.exchange());
    }
}
