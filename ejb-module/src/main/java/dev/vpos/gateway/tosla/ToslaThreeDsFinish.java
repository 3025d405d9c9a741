package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Completes a Tosla 3D Pay / 3D Host payment from the bank's callback. First its {@code Hash} (with the API password
 * over the fields {@code HashParameters} names, which must include order, 3-D status, host code and request status;
 * constant time), then the order id. Tosla's rule: only {@code MdStatus 1} is an authentication; any other ends the
 * payment DECLINED with the callback's {@code MD:<status>} code (THREE_D_AUTHENTICATION_FAILED in the catalog). An
 * authenticated callback says whether the host approved ({@code BankResponseCode 00}, {@code RequestStatus 1}) but
 * carries no amount: the adapter then asks the order's {@code inquiry} and takes the payment only when the bank holds
 * our amount, currency, installments and kind (sale or pre-authorisation); a bank that cannot be asked leaves it
 * UNKNOWN for the janitor.
 */
final class ToslaThreeDsFinish {

    static final FieldMasking CALLBACK_MASKING = FieldMasking.of(Set.of("Hash"), Set.of("CardNo"));
    private static final List<String> MUST_BE_SIGNED =
            List.of("OrderId", "MdStatus", "BankResponseCode", "RequestStatus");

    private final ToslaCall call;

    ToslaThreeDsFinish(ToslaCall call) {
        this.call = call;
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(null, 0, null, LogText.cap(LogText.fields(p, "&", CALLBACK_MASKING)), null);
        ToslaCredentials c = ToslaCredentials.of(account);
        Optional<String> problem = problem(callback, c);
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        String orderId = p.get("OrderId");
        String host = p.getOrDefault("BankResponseCode", "");
        String message = p.getOrDefault("BankResponseMessage", "");
        if (!"1".equals(p.get("MdStatus"))) {
            String code = host.startsWith("MD:") ? host : "MD:" + p.get("MdStatus");
            return ThreeDsFinish.completed(declined(code, message, orderId, log), log);
        }
        if (!ToslaAnswer.APPROVED.equals(host) || !"1".equals(p.get("RequestStatus"))) {
            return ThreeDsFinish.completed(declined(host.isEmpty() ? "MD:1" : host, message, orderId, log), log);
        }
        BankReply<ToslaAnswer> reply =
                call.send(call.request("inquiry", account).with("orderId", orderId), account);
        if (!reply.answered()) {
            return ThreeDsFinish.completed(reply.unknown(), log);
        }
        Optional<String> differs = differs(reply.get(), callback.expected(), callback.kind());
        if (differs.isPresent()) {
            return ThreeDsFinish.rejected(differs.get(), log);
        }
        GatewayResult status = ToslaStatusReading.read(reply, orderId);
        return ThreeDsFinish.completed(
                status.approved() ? status : reply.unknown("inquiry: " + status.bankMessage()), log);
    }

    /** Why the callback is not to be trusted; empty when it is. */
    static Optional<String> problem(ThreeDsCallback callback, ToslaCredentials c) {
        Map<String, String> p = callback.posted();
        for (String required : new String[] {"OrderId", "MdStatus", "HashParameters", "Hash"}) {
            if (p.get(required) == null || p.get(required).isEmpty()) {
                return Optional.of("callback has no " + required);
            }
        }
        List<String> signed = Arrays.asList(p.get("HashParameters").split(",", -1));
        if (!signed.containsAll(MUST_BE_SIGNED)) {
            return Optional.of("callback's HashParameters do not cover " + MUST_BE_SIGNED);
        }
        if (!ToslaSignature.verifies(ToslaSignature.callback(c, p), p.get("Hash"))) {
            return Optional.of("Hash does not verify with the API password");
        }
        String expected = callback.expected().bankOrderId();
        if (!expected.equals(p.get("OrderId"))) {
            return Optional.of("callback is for order " + p.get("OrderId") + ", not " + expected);
        }
        return Optional.empty();
    }

    /** What the bank's inquiry holds that we did not ask for; empty when it is our payment. */
    static Optional<String> differs(ToslaAnswer a, ThreeDsSale expected, AuthorizationKind kind) {
        if (!a.accepted() || !expected.bankOrderId().equals(a.get("OrderId"))) {
            return Optional.of("the bank's inquiry does not show order " + expected.bankOrderId() + ": " + a.code()
                    + " " + a.message());
        }
        String amount = Long.toString(ToslaFormats.amount(expected.amount()));
        if (!amount.equals(a.get("Amount"))) {
            return Optional.of("the bank holds amount " + a.get("Amount") + ", we asked for " + amount);
        }
        String currency = Integer.toString(ToslaFormats.currency(expected.amount()));
        if (!currency.equals(a.get("Currency"))) {
            return Optional.of("the bank holds currency " + a.get("Currency") + ", we asked for " + currency);
        }
        String installments = Integer.toString(ToslaFormats.installments(expected.installments()));
        if (!installments.equals(a.get("InstallmentCount"))) {
            return Optional.of(
                    "the bank holds " + a.get("InstallmentCount") + " installments, we asked for " + installments);
        }
        String type = kind == AuthorizationKind.PRE_AUTH ? "2" : "1";
        if (!type.equals(a.get("TransactionType"))) {
            return Optional.of(
                    "the bank holds transaction type " + a.get("TransactionType") + ", we asked for " + type);
        }
        return Optional.empty();
    }

    private static GatewayResult declined(String code, String message, String orderId, BankExchange log) {
        return new GatewayResult(GatewayOutcome.DECLINED, code, message, null, null, orderId, log);
    }
}
