package dev.vpos.gateway.posnetv1;

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
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PosNet V1's 3D model. The start is a form to the bank's {@code SecureVerification.aspx} with the card and a
 * {@code Mac} over {@code MerchantNo TerminalNo CardNo Cvv ExpiredDate Amount} + store key. The callback is checked
 * first: its {@code Mac} over the fields its {@code MacParams} names, which must cover {@code MdStatus}, {@code MD},
 * {@code SecureTransactionId}, {@code CAVV} and {@code ECI} (mews/pos's fixtures sign exactly
 * {@code ECI:CAVV:MdStatus:MdErrorMessage:MD:SecureTransactionId}); the order, amount and currency it names (not
 * signed) must be ours. {@code MdStatus} other than 1 (mews/pos's rule for PosNet V1) declines as
 * {@code MD:<status>}; 1 sends the provision ({@code Sale}/{@code Auth} with {@code ThreeDSecureData}, its MAC over
 * {@code MerchantNo:TerminalNo:SecureTransactionId:CavvData:Eci:MdStatus}) with our own amount — the bank binds it to
 * the authenticated session — and its answer is the result.
 */
final class PosNetV1ThreeDs {

    private static final List<String> MUST_BE_SIGNED = List.of("MdStatus", "MD", "SecureTransactionId", "CAVV", "ECI");
    static final FieldMasking MASKING =
            FieldMasking.of(Set.of("Cvv", "Mac", "CAVV", "MD", "ExpiredDate"), Set.of("CardNo"));

    private final PosNetV1Call call;

    PosNetV1ThreeDs(PosNetV1Call call) {
        this.call = call;
    }

    static String transactionType(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? "Auth" : "Sale";
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        if (request.model() != PaymentModel.THREE_D) {
            return ThreeDsStart.failed(GatewayResult.notSent("PosNet V1 offers no " + request.model()));
        }
        PosNetV1Credentials c = PosNetV1Credentials.of(account);
        if (c.gatewayUrl().isEmpty()) {
            return ThreeDsStart.failed(GatewayResult.notSent("the definition has no 3-D page URL (gatewayUrl)"));
        }
        ThreeDsSale sale = request.sale();
        if (!sale.hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent("the 3D model needs the card on our page"));
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MerchantNo", c.merchantNo());
        f.put("TerminalNo", c.terminalNo());
        f.put("PosnetID", c.posnetId());
        f.put("TransactionType", transactionType(request.kind()));
        f.put("OrderId", PosNetV1Formats.orderId(sale.bankOrderId()));
        f.put("Amount", Long.toString(PosNetV1Formats.amount(sale.amount())));
        f.put("CurrencyCode", PosNetV1Formats.currency(sale.amount()));
        f.put("MerchantReturnURL", request.successUrl().toString());
        f.put("InstallmentCount", PosNetV1Formats.installments(sale.installments()));
        f.put("Language", PosNetV1Formats.language(request.language()));
        f.put("TxnState", "INITIAL");
        f.put("OpenNewWindow", "0");
        f.put("CardNo", sale.card().digits());
        f.put("ExpiredDate", PosNetV1Formats.expiry(sale.expiry()));
        f.put("Cvv", sale.cvv() == null ? "" : sale.cvv());
        f.put("CardHolderName", sale.holderName() == null ? "" : sale.holderName());
        f.put("MacParams", "MerchantNo:TerminalNo:CardNo:Cvc2:ExpireDate:Amount");
        f.put("UseOOS", "0");
        f.put("Mac", PosNetV1Mac.ofForm(f, c.storeKey()));
        URI action = c.gatewayUrl().get();
        return ThreeDsStart.form(
                action,
                f,
                new BankExchange(null, 0, "POST " + action + " " + LogText.fields(f, "&", MASKING), null, null));
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(null, 0, null, LogText.cap(LogText.fields(p, "&", MASKING)), null);
        Optional<String> problem =
                problem(callback, PosNetV1Credentials.of(account).storeKey());
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        String mdStatus = p.get("MdStatus");
        ThreeDsSale sale = callback.expected();
        if (!"1".equals(mdStatus)) {
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED,
                            "MD:" + mdStatus,
                            p.getOrDefault("MdErrorMessage", "3-D authentication failed"),
                            null,
                            null,
                            sale.bankOrderId(),
                            log),
                    log);
        }
        String type = transactionType(callback.kind());
        Map<String, Object> f =
                PosNetV1Call.fields(account, "MerchantNo:TerminalNo:SecureTransactionId:CavvData:Eci:MdStatus");
        f.put("IsEncrypted", "N");
        f.put("PaymentInstrumentType", "CARD");
        f.put("IsTDSecureMerchant", "Y");
        f.put("IsMailOrder", "N");
        Map<String, Object> secure = new LinkedHashMap<>();
        secure.put("SecureTransactionId", p.get("SecureTransactionId"));
        secure.put("CavvData", p.get("CAVV"));
        secure.put("Eci", p.get("ECI"));
        secure.put("MdStatus", Integer.valueOf(1));
        secure.put("MD", p.get("MD"));
        f.put("ThreeDSecureData", secure);
        PosNetV1Gateway.putAmount(f, sale.amount(), sale.installments());
        f.put("PointAmount", Integer.valueOf(0));
        f.put("OrderId", PosNetV1Formats.orderId(sale.bankOrderId()));
        return ThreeDsFinish.completed(PosNetV1Call.payment(call.send(type, f, account), type), log);
    }

    static Optional<String> problem(ThreeDsCallback callback, String storeKey) {
        Map<String, String> p = callback.posted();
        for (String required : new String[] {"MacParams", "Mac", "MdStatus"}) {
            if (p.get(required) == null || p.get(required).isEmpty()) {
                return Optional.of("callback has no " + required);
            }
        }
        if (!PosNetV1Mac.names(p.get("MacParams")).containsAll(MUST_BE_SIGNED)) {
            return Optional.of("callback's MacParams do not cover " + String.join(", ", MUST_BE_SIGNED));
        }
        if (!PosNetV1Mac.verifies(PosNetV1Mac.ofCallback(p, storeKey), p.get("Mac"))) {
            return Optional.of("Mac does not verify with the store key");
        }
        ThreeDsSale expected = callback.expected();
        String order = p.getOrDefault("OrderId", "");
        if (!order.isEmpty() && !order.endsWith(PosNetV1Formats.orderId(expected.bankOrderId()))) {
            return Optional.of("callback is for order " + order + ", not " + expected.bankOrderId());
        }
        String amount = p.getOrDefault("Amount", "");
        if (!amount.isEmpty() && !amount.equals(Long.toString(PosNetV1Formats.amount(expected.amount())))) {
            return Optional.of("callback is for amount " + amount + " (minor units), we asked for "
                    + expected.amount().amount());
        }
        String currency = p.getOrDefault("CurrencyCode", "");
        if (!currency.isEmpty()
                && !currency.equals(
                        Integer.toString(expected.amount().currency().getNumericCode()))
                && !currency.equals(PosNetV1Formats.currency(expected.amount()))) {
            return Optional.of("callback is for currency " + currency);
        }
        return Optional.empty();
    }
}
