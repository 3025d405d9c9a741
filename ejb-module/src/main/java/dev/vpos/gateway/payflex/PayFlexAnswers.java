package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code VposResponse} (sale, pre-authorisation, capture, cancel, refund, the 3-D provision): {@code 0000}
 * approved with the bank's TransactionId kept for follow-ups; any other ResultCode declined; an answer about another
 * order, transaction, reference or amount than we sent settles nothing (UNKNOWN).
 */
final class PayFlexAnswers {

    /** The {@code ResultCode} of a refusal because the transaction id was already used. */
    static final String ORDER_ID_USED = "1006";

    private PayFlexAnswers() {}

    /** What an answer must match: our order id, the TransactionId we sent, the reference and the amount. */
    record Expect(String orderId, String transactionId, String referenceTransactionId, Money amount) {}

    static GatewayResult interpret(BankReply<PayFlexXml.Parsed> reply, Expect expect) {
        if (!reply.answered()) {
            return reply.failed();
        }
        PayFlexXml.Parsed r = reply.get();
        if (!"VposResponse".equals(r.root()) || r.get("ResultCode").isEmpty()) {
            return reply.unknown("unreadable answer from the bank");
        }
        Optional<String> foreign = foreign(r, expect);
        if (foreign.isPresent()) {
            return reply.unknown(foreign.get());
        }
        String code = r.get("ResultCode");
        String transactionId = r.get("TransactionId");
        if (PayFlexGateway.APPROVED.equals(code)) {
            String id = transactionId.isEmpty() ? expect.transactionId() : transactionId;
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    r.get("ResultDetail"),
                    r.get("AuthCode"),
                    r.get("Rrn"),
                    id,
                    Map.of(PayFlexGateway.REF_TRANSACTION_ID, id),
                    reply.exchange());
        }
        if (ORDER_ID_USED.equals(code)) {
            return reply.orderIdAlreadyUsed(code, r.get("ResultDetail"));
        }
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                code,
                r.get("ResultDetail"),
                null,
                emptyToNull(r.get("Rrn")),
                emptyToNull(transactionId),
                reply.exchange());
    }

    /** Why the answer is not about what we sent, if it is not. */
    private static Optional<String> foreign(PayFlexXml.Parsed r, Expect expect) {
        if (expect.orderId() != null
                && !r.get("OrderId").isEmpty()
                && !r.get("OrderId").equals(expect.orderId())) {
            return Optional.of("answer is for order " + r.get("OrderId") + ", not " + expect.orderId());
        }
        if (expect.transactionId() != null
                && !r.get("TransactionId").isEmpty()
                && !r.get("TransactionId").equals(expect.transactionId())) {
            return Optional.of(
                    "answer is for transaction " + r.get("TransactionId") + ", not " + expect.transactionId());
        }
        if (expect.referenceTransactionId() != null
                && !r.get("ReferenceTransactionId").isEmpty()
                && !r.get("ReferenceTransactionId").equals(expect.referenceTransactionId())) {
            return Optional.of(
                    "answer refers to " + r.get("ReferenceTransactionId") + ", not " + expect.referenceTransactionId());
        }
        if (expect.amount() != null && !r.get("CurrencyAmount").isEmpty()) {
            Optional<BigDecimal> amount = PayFlexFormats.parseAmount(r.get("CurrencyAmount"));
            if (amount.isEmpty() || amount.get().compareTo(expect.amount().amount()) != 0) {
                return Optional.of("answer is for amount " + r.get("CurrencyAmount") + ", not "
                        + PayFlexFormats.amount(expect.amount()));
            }
        }
        return Optional.empty();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
