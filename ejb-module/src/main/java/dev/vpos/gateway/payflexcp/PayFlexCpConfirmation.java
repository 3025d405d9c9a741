package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.LogText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Completes a Common Payment from the payer's return to our SuccessUrl/FailUrl. The return is not signed: it only
 * names the bank's {@code TransactionId} and {@code PaymentToken}. What it says of order, amount or result is never
 * taken: a return that names another order or amount than ours is refused at once, and every other is confirmed by
 * the bank's own inquiry ({@code VposTransaction} with our merchant's password), whose answer must be about our order
 * and our amount and currency (a token the bank does not know refuses the return). The inquiry's {@code Rc} decides:
 * {@code 0000} for a sale approved, anything else declined with the bank's code and message. A bank that cannot be
 * asked leaves the payment UNKNOWN.
 */
final class PayFlexCpConfirmation {

    static final String APPROVED = "0000";
    private static final String TOKEN = "[A-Za-z0-9]{8,64}";

    private PayFlexCpConfirmation() {}

    static ThreeDsFinish finish(BankChannel channel, ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(null, 0, null, LogText.cap(PayFlexCpForm.maskedCallback(p)), null);
        ThreeDsSale expected = callback.expected();
        Optional<String> problem = problem(p, expected);
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        PayFlexCpCredentials c = PayFlexCpCredentials.of(account);
        BankReply<PayFlexCpXml.Answer> reply =
                inquiry(channel, c, p.get("TransactionId"), p.get("PaymentToken"), account);
        if (!reply.answered()) {
            return ThreeDsFinish.completed(reply.unknown(), log);
        }
        PayFlexCpXml.Answer a = reply.get();
        if (!a.has("Rc")) {
            return ThreeDsFinish.rejected(
                    "the bank does not know payment " + p.get("TransactionId") + ": " + a.get("ErrorCode") + " "
                            + a.get("ResponseMessage"),
                    log);
        }
        Optional<String> differs = differs(a, expected);
        if (differs.isPresent()) {
            return ThreeDsFinish.rejected(differs.get(), log);
        }
        String rc = a.get("Rc");
        String transactionId = a.has("TransactionId") ? a.get("TransactionId") : p.get("TransactionId");
        if (APPROVED.equals(rc)) {
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.APPROVED,
                            rc,
                            a.get("Message"),
                            a.get("AuthCode"),
                            emptyToNull(a.get("Rrn")),
                            transactionId,
                            Map.of(PayFlexCpGateway.REF_TRANSACTION_ID, transactionId),
                            reply.exchange()),
                    log);
        }
        return ThreeDsFinish.completed(
                new GatewayResult(
                        GatewayOutcome.DECLINED,
                        rc,
                        a.get("Message"),
                        null,
                        emptyToNull(a.get("Rrn")),
                        transactionId,
                        reply.exchange()),
                log);
    }

    static BankReply<PayFlexCpXml.Answer> inquiry(
            BankChannel channel, PayFlexCpCredentials c, String transactionId, String token, GatewayAccount account) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("HostMerchantId", c.merchantId());
        f.put("Password", c.password());
        f.put("TransactionId", transactionId);
        f.put("PaymentToken", token);
        return channel.send(PayFlexCpForm.plain(f).to(c.api("VposTransaction")), account, PayFlexCpXml.ANSWER);
    }

    /** Why the return is refused before the bank is asked; empty when the bank is to be asked. */
    static Optional<String> problem(Map<String, String> p, ThreeDsSale expected) {
        for (String required : new String[] {"TransactionId", "PaymentToken"}) {
            String v = p.getOrDefault(required, "");
            if (!v.matches(TOKEN)) {
                return Optional.of(
                        v.isEmpty() ? "return has no " + required : "return's " + required + " is malformed");
            }
        }
        String order = p.getOrDefault("OrderID", p.getOrDefault("OrderId", ""));
        if (!order.isEmpty() && !order.equals(expected.bankOrderId())) {
            return Optional.of("return is for order " + order + ", not " + expected.bankOrderId());
        }
        String amount = p.getOrDefault("Amount", "");
        if (!amount.isEmpty() && !sameAmount(amount, expected.amount().amount())) {
            return Optional.of("return names amount " + amount + ", not " + PayFlexCpFormats.amount(expected.amount()));
        }
        return Optional.empty();
    }

    /** What the bank's inquiry holds that is not our payment; empty when it is ours. */
    static Optional<String> differs(PayFlexCpXml.Answer a, ThreeDsSale expected) {
        if (!expected.bankOrderId().equals(a.get("OrderID"))) {
            return Optional.of("the bank's payment is order " + a.get("OrderID") + ", not " + expected.bankOrderId());
        }
        if (!sameAmount(a.get("Amount"), expected.amount().amount())) {
            return Optional.of("the bank holds amount " + a.get("Amount") + ", we asked for "
                    + PayFlexCpFormats.amount(expected.amount()));
        }
        String currency = PayFlexCpFormats.currency(expected.amount());
        if (!currency.equals(a.get("AmountCode"))) {
            return Optional.of("the bank holds currency " + a.get("AmountCode") + ", we asked for " + currency);
        }
        if (PayFlexCpFormats.installmentsOf(a.get("InstallmentCount")) != Math.max(1, expected.installments())) {
            return Optional.of("the bank holds " + a.get("InstallmentCount") + " installments, we asked for "
                    + expected.installments());
        }
        if (a.has("TransactionType") && !"Sale".equalsIgnoreCase(a.get("TransactionType"))) {
            return Optional.of("the bank holds a " + a.get("TransactionType") + ", we registered a Sale");
        }
        return Optional.empty();
    }

    private static boolean sameAmount(String text, BigDecimal expected) {
        return PayFlexCpFormats.parseAmount(text)
                .map(v -> v.compareTo(expected) == 0)
                .orElse(false);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
