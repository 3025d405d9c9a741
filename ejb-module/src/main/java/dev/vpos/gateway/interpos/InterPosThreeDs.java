package dev.vpos.gateway.interpos;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.LogText;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * InterPOS's 3-D models. The start is a form signed with the store key ({@code Hash}, see {@link InterPosHash}): 3D
 * ({@code SecureType=3DModel}) and 3D Pay ({@code 3DPay}) carry the card and go to the API's own address
 * ({@code .../mpi/Default.aspx}); 3D Host ({@code 3DHost}) goes without a card to {@code .../mpi/3DHost.aspx} beside it.
 * The callback is checked first: {@code HASH} over the fields {@code HASHPARAMS} names, which must cover the order,
 * amount, currency, {@code ProcReturnCode} and {@code mdStatus} (and {@code MD} for the 3D model); then the order, the
 * amount (written {@code 150,00}) and currency must be ours. An {@code mdStatus} other than 1–4 (mews/pos's rule for
 * InterPOS) declines; 3D then sends the provision with {@code MD}, {@code PayerTxnId}, {@code Eci} and
 * {@code PayerAuthenticationCode}; 3D Pay and 3D Host carry the bank's answer ({@code ProcReturnCode 00}) itself.
 */
final class InterPosThreeDs {

    private static final Set<String> AUTHENTICATED = Set.of("1", "2", "3", "4");
    private static final List<String> MUST_BE_SIGNED =
            List.of("OrderId", "PurchAmount", "Currency", "ProcReturnCode", "mdStatus");

    private final InterPosCall call;

    InterPosThreeDs(InterPosCall call) {
        this.call = call;
    }

    static String secureType(PaymentModel model) {
        return switch (model) {
            case THREE_D -> "3DModel";
            case THREE_D_PAY -> "3DPay";
            case THREE_D_HOST -> "3DHost";
            case REGULAR -> throw new IllegalArgumentException("REGULAR is not a 3-D model");
        };
    }

    static String txnType(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? "PreAuth" : "Auth";
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        InterPosCredentials c = InterPosCredentials.of(account);
        if (c.storeKey().isEmpty()) {
            return ThreeDsStart.failed(GatewayResult.notSent("the definition has no store key (storeKey)"));
        }
        ThreeDsSale sale = request.sale();
        boolean bankTakesCard = request.model() == PaymentModel.THREE_D_HOST;
        if (!bankTakesCard && !sale.hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(request.model() + " needs the card on our page"));
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ShopCode", c.shopCode());
        f.put("TxnType", txnType(request.kind()));
        f.put("SecureType", secureType(request.model()));
        f.put("PurchAmount", InterPosFormats.amount(sale.amount()));
        f.put("OrderId", sale.bankOrderId());
        f.put("OkUrl", request.successUrl().toString());
        f.put("FailUrl", request.failureUrl().toString());
        f.put("Rnd", InterPosGateway.random(24));
        f.put("Lang", InterPosFormats.language(request.language()));
        f.put("Currency", InterPosFormats.currency(sale.amount()));
        f.put("InstallmentCount", InterPosFormats.installments(sale.installments()));
        if (!bankTakesCard) {
            f.put("CardType", InterPosFormats.cardType(sale.card()));
            f.put("Pan", sale.card().digits());
            f.put("Expiry", InterPosFormats.expiry(sale.expiry()));
            f.put("Cvv2", sale.cvv() == null ? "" : sale.cvv());
        }
        f.put("Hash", InterPosHash.form(f, c.storeKey().get()));
        URI action = bankTakesCard ? account.endpoint().resolve("3DHost.aspx") : account.endpoint();
        return ThreeDsStart.form(
                action,
                f,
                new BankExchange(
                        null, 0, "POST " + action + " " + LogText.fields(f, "&", InterPosCall.MASKING), null, null));
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log =
                new BankExchange(null, 0, null, LogText.cap(LogText.fields(p, "&", InterPosCall.MASKING)), null);
        Optional<String> storeKey = InterPosCredentials.of(account).storeKey();
        if (storeKey.isEmpty()) {
            return ThreeDsFinish.rejected("the definition has no store key to check the callback with", log);
        }
        Optional<String> problem = problem(callback, storeKey.get());
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        String orderId = p.get("OrderId");
        String code = p.getOrDefault("ProcReturnCode", "");
        String mdStatus = p.getOrDefault("mdStatus", "");
        if (!AUTHENTICATED.contains(mdStatus)) {
            String bankCode = code.isEmpty() || InterPosAnswer.APPROVED.equals(code) ? "MD:" + mdStatus : code;
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED,
                            bankCode,
                            message(p, "3-D authentication failed"),
                            null,
                            null,
                            orderId,
                            log),
                    log);
        }
        if (callback.model() == PaymentModel.THREE_D) {
            return provision(callback, account, log);
        }
        boolean approved = InterPosAnswer.APPROVED.equals(code);
        if (code.isEmpty()) {
            return ThreeDsFinish.rejected(
                    "the callback of a " + callback.model() + " payment has no ProcReturnCode", log);
        }
        return ThreeDsFinish.completed(
                new GatewayResult(
                        approved ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                        code,
                        message(p, approved ? "Success" : ""),
                        approved ? p.getOrDefault("AuthCode", "") : null,
                        emptyToNull(p.get("HostRefNum")),
                        emptyToNull(p.get("TransId")),
                        log),
                log);
    }

    private ThreeDsFinish provision(ThreeDsCallback callback, GatewayAccount account, BankExchange log) {
        Map<String, String> p = callback.posted();
        if (!InterPosHash.signedNames(p.get("HASHPARAMS")).contains("MD")
                || p.getOrDefault("MD", "").isEmpty()) {
            return ThreeDsFinish.rejected("the callback's MD is missing or not signed", log);
        }
        ThreeDsSale sale = callback.expected();
        Map<String, String> f = InterPosCall.fields(account, txnType(callback.kind()));
        f.put("OrderId", sale.bankOrderId());
        f.put("PurchAmount", InterPosFormats.amount(sale.amount()));
        f.put("Currency", InterPosFormats.currency(sale.amount()));
        f.put("InstallmentCount", InterPosFormats.installments(sale.installments()));
        f.put("MD", p.get("MD"));
        f.put("PayerTxnId", p.getOrDefault("PayerTxnId", ""));
        f.put("Eci", p.getOrDefault("Eci", ""));
        f.put("PayerAuthenticationCode", p.getOrDefault("PayerAuthenticationCode", ""));
        f.put("MOTO", "0");
        f.put("Lang", "tr");
        return ThreeDsFinish.completed(InterPosCall.payment(call.send(f, account), sale.bankOrderId()), log);
    }

    static Optional<String> problem(ThreeDsCallback callback, String storeKey) {
        Map<String, String> p = callback.posted();
        for (String required : new String[] {"OrderId", "HASHPARAMS", "HASH"}) {
            if (p.get(required) == null || p.get(required).isEmpty()) {
                return Optional.of("callback has no " + required);
            }
        }
        if (!InterPosHash.signedNames(p.get("HASHPARAMS")).containsAll(MUST_BE_SIGNED)) {
            return Optional.of("callback's HASHPARAMS do not cover " + String.join(", ", MUST_BE_SIGNED));
        }
        if (!InterPosHash.verifies(InterPosHash.callback(p, storeKey), p.get("HASH"))) {
            return Optional.of("HASH does not verify with the store key");
        }
        ThreeDsSale expected = callback.expected();
        if (!expected.bankOrderId().equals(p.get("OrderId"))) {
            return Optional.of("callback is for order " + p.get("OrderId") + ", not " + expected.bankOrderId());
        }
        Optional<BigDecimal> amount = InterPosFormats.answeredAmount(p.get("PurchAmount"));
        if (amount.isEmpty() || amount.get().compareTo(expected.amount().amount()) != 0) {
            return Optional.of("callback is for amount " + p.get("PurchAmount") + ", we asked for "
                    + expected.amount().amount());
        }
        if (!InterPosFormats.currency(expected.amount()).equals(p.get("Currency"))) {
            return Optional.of("callback is for currency " + p.get("Currency"));
        }
        return Optional.empty();
    }

    private static String message(Map<String, String> p, String otherwise) {
        String m = p.getOrDefault("ErrorMessage", "");
        return m.isEmpty() ? otherwise : m;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
