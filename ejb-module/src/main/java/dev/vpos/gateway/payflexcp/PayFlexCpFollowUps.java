package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cancel and refund of a Common Payment sale. The Common Payment API has neither (mews/pos offers nothing but the
 * sale); the sale is a VPOS 7/24 transaction of the same merchant, so they go to the VPOS provision service as
 * {@code VposRequest}s naming the sale's {@code TransactionId} as {@code ReferenceTransactionId} — VakıfBank's VPOS
 * way, not confirmed for Common Payment sales in a public document (docs/families/payflex-cp.md). Each follow-up
 * sends our operation id as its own {@code TransactionId}, so a retried refund cannot be booked twice. {@code Cancel}
 * takes the whole sale back before day end; {@code Refund} all or part of it afterwards.
 */
final class PayFlexCpFollowUps {

    static final String ORDER_ID_USED = "1006";

    private PayFlexCpFollowUps() {}

    static GatewayResult send(BankChannel channel, String type, FollowUp u, GatewayAccount account) {
        PayFlexCpCredentials c = PayFlexCpCredentials.of(account);
        if (c.vposUrl().isEmpty()) {
            return GatewayResult.notSent(
                    "no VPOS URL: set vposUrl (the endpoint does not end in " + PayFlexCpCredentials.API_PATH + ")");
        }
        boolean withAmount = "Refund".equals(type);
        if (withAmount && !PayFlexCpFormats.supports(u.amount())) {
            return GatewayResult.notSent("PAYFLEX_CP takes TRY, USD, EUR and GBP only, not "
                    + u.amount().currencyCode());
        }
        String reference = u.reference(PayFlexCpGateway.REF_TRANSACTION_ID);
        if (reference.isEmpty()) {
            return GatewayResult.notSent("the sale's bank TransactionId is not known: the follow-up cannot name it");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MerchantId", c.merchantId());
        f.put("Password", c.password());
        f.put("TransactionType", type);
        f.put("TransactionId", u.operationId());
        f.put("ReferenceTransactionId", reference);
        if (withAmount) {
            f.put("CurrencyAmount", PayFlexCpFormats.amount(u.amount()));
        }
        f.put("ClientIp", c.serverIp());
        BankReply<PayFlexCpXml.Answer> reply =
                channel.send(PayFlexCpForm.vposRequest(f).to(c.vposUrl().get()), account, PayFlexCpXml.ANSWER);
        return interpret(
                reply, u.operationId(), reference, withAmount ? u.amount().amount() : null);
    }

    static GatewayResult interpret(
            BankReply<PayFlexCpXml.Answer> reply, String transactionId, String reference, BigDecimal amount) {
        if (!reply.answered()) {
            return reply.failed();
        }
        PayFlexCpXml.Answer r = reply.get();
        if (!"VposResponse".equals(r.root()) || !r.has("ResultCode")) {
            return reply.unknown("unreadable answer from the bank");
        }
        Optional<String> foreign = foreign(r, transactionId, reference, amount);
        if (foreign.isPresent()) {
            return reply.unknown(foreign.get());
        }
        String code = r.get("ResultCode");
        BankExchange exchange = reply.exchange();
        if (PayFlexCpConfirmation.APPROVED.equals(code)) {
            String id = r.has("TransactionId") ? r.get("TransactionId") : transactionId;
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    r.get("ResultDetail"),
                    r.get("AuthCode"),
                    r.has("Rrn") ? r.get("Rrn") : null,
                    id,
                    Map.of(PayFlexCpGateway.REF_TRANSACTION_ID, id),
                    exchange);
        }
        if (ORDER_ID_USED.equals(code)) {
            return reply.orderIdAlreadyUsed(code, r.get("ResultDetail"));
        }
        return new GatewayResult(GatewayOutcome.DECLINED, code, r.get("ResultDetail"), null, null, null, exchange);
    }

    private static Optional<String> foreign(
            PayFlexCpXml.Answer r, String transactionId, String reference, BigDecimal amount) {
        if (r.has("TransactionId") && !r.get("TransactionId").equals(transactionId)) {
            return Optional.of("answer is for transaction " + r.get("TransactionId") + ", not " + transactionId);
        }
        if (r.has("ReferenceTransactionId") && !r.get("ReferenceTransactionId").equals(reference)) {
            return Optional.of("answer refers to " + r.get("ReferenceTransactionId") + ", not " + reference);
        }
        if (amount != null && r.has("CurrencyAmount")) {
            Optional<BigDecimal> answered = PayFlexCpFormats.parseAmount(r.get("CurrencyAmount"));
            if (answered.isEmpty() || answered.get().compareTo(amount) != 0) {
                return Optional.of("answer is for amount " + r.get("CurrencyAmount") + ", not " + amount);
            }
        }
        return Optional.empty();
    }
}
