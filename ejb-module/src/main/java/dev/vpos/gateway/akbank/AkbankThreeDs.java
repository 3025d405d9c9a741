package dev.vpos.gateway.akbank;

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
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Akbank's 3-D models. The start is a signed form ({@code hash}: HMAC over the form's fields) to the gateway's
 * {@code securepay} (3D, 3D Pay; with the card) or {@code payhosting} (3D Host). The callback is checked first: its
 * {@code hash} over the fields {@code hashParams} names (which must cover {@code responseCode} and {@code orderId}),
 * then the order id. {@code VPS-0000} is a successful authentication (3D) or payment (3D Pay, 3D Host); any other code
 * ends the payment DECLINED with it ({@code VPS-1279} 3-D failed; {@code VPS-1005} with the host's code).
 * 3D: the provision ({@code txnCode 1000/1004} with the callback's {@code secureTransaction} values) settles it.
 * 3D Pay / Host: the callback carries no amount, so the payment is taken only when the order history holds our
 * amount, currency, installments and kind.
 */
final class AkbankThreeDs {

    static final FieldMasking CALLBACK_MASKING = FieldMasking.of(Set.of("hash", "secureData", "secureMd"), Set.of());
    private static final FieldMasking FORM_MASKING = FieldMasking.of(Set.of("cvv", "hash"), Set.of("creditCard"));

    private final AkbankCall call;

    AkbankThreeDs(AkbankCall call) {
        this.call = call;
    }

    static String paymentModel(PaymentModel model) {
        return switch (model) {
            case THREE_D -> "3D";
            case THREE_D_PAY -> "3D_PAY";
            case THREE_D_HOST -> "3D_PAY_HOSTING";
            case REGULAR -> throw new IllegalArgumentException("REGULAR is not a 3-D model");
        };
    }

    static String txnCode(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? "3004" : "3000";
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        AkbankCredentials c = AkbankCredentials.of(account);
        if (c.gatewayUrl().isEmpty()) {
            return ThreeDsStart.failed(GatewayResult.notSent("the definition has no 3-D gateway URL (gatewayUrl)"));
        }
        ThreeDsSale sale = request.sale();
        boolean bankTakesCard = request.model() == PaymentModel.THREE_D_HOST;
        if (!bankTakesCard && !sale.hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(request.model() + " needs the card on our page"));
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("paymentModel", paymentModel(request.model()));
        f.put("txnCode", txnCode(request.kind()));
        f.put("merchantSafeId", c.merchantSafeId());
        f.put("terminalSafeId", c.terminalSafeId());
        f.put("orderId", sale.bankOrderId());
        f.put("lang", AkbankFormats.language(request.language()));
        f.put("amount", AkbankFormats.amount(sale.amount()));
        f.put("currencyCode", Integer.toString(AkbankFormats.currency(sale.amount())));
        f.put("installCount", Integer.toString(AkbankFormats.installments(sale.installments())));
        f.put("okUrl", request.successUrl().toString());
        f.put("failUrl", request.failureUrl().toString());
        f.put("randomNumber", AkbankRequest.randomHex(128));
        f.put("requestDateTime", AkbankRequest.requestTime(call.clock()));
        if (!bankTakesCard) {
            f.put("creditCard", sale.card().digits());
            f.put("expiredDate", sale.expiry().mmSlashYy().replace("/", ""));
            f.put("cvv", sale.cvv() == null ? "" : sale.cvv());
        }
        f.put("hash", AkbankSignature.form(f, c.secretKey()));
        URI action = URI.create(c.gatewayUrl().get() + (bankTakesCard ? "/payhosting" : "/securepay"));
        return ThreeDsStart.form(
                action,
                f,
                new BankExchange(null, 0, "POST " + action + " " + LogText.fields(f, "&", FORM_MASKING), null, null));
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(null, 0, null, LogText.cap(LogText.fields(p, "&", CALLBACK_MASKING)), null);
        AkbankCredentials c = AkbankCredentials.of(account);
        Optional<String> problem = problem(callback, c.secretKey());
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        String orderId = p.get("orderId");
        String code = p.get("responseCode");
        if (!AkbankAnswer.APPROVED.equals(code)) {
            String host = p.getOrDefault("hostResponseCode", "");
            String bankCode = AkbankAnswer.HOST_DECLINE.equals(code) && !host.isEmpty() ? host : code;
            String message = p.getOrDefault("hostMessage", "").isEmpty()
                    ? p.getOrDefault("responseMessage", "")
                    : p.get("hostMessage");
            return ThreeDsFinish.completed(
                    new GatewayResult(GatewayOutcome.DECLINED, bankCode, message, null, null, orderId, log), log);
        }
        return callback.model() == PaymentModel.THREE_D
                ? provision(callback, account, log)
                : confirmed(callback, account, log);
    }

    private ThreeDsFinish provision(ThreeDsCallback callback, GatewayAccount account, BankExchange log) {
        Map<String, String> p = callback.posted();
        List<String> signed = Arrays.asList(p.get("hashParams").split("\\+", -1));
        if (!signed.containsAll(List.of("secureId", "secureEcomInd", "secureData", "secureMd"))) {
            return ThreeDsFinish.rejected("the callback's secure values are not signed", log);
        }
        ThreeDsSale sale = callback.expected();
        AkbankRequest provision = call.request(callback.kind() == AuthorizationKind.PRE_AUTH ? "1004" : "1000", account)
                .with("order", AkbankRequest.block("orderId", sale.bankOrderId()))
                .with(
                        "transaction",
                        AkbankRequest.block(
                                "amount", AkbankFormats.amount(sale.amount()),
                                "currencyCode", AkbankFormats.currency(sale.amount()),
                                "motoInd", 0,
                                "installCount", AkbankFormats.installments(sale.installments())))
                .with(
                        "secureTransaction",
                        AkbankRequest.block(
                                "secureId", p.get("secureId"),
                                "secureEcomInd", p.get("secureEcomInd"),
                                "secureData", p.get("secureData"),
                                "secureMd", p.get("secureMd")));
        if (sale.customerIp() != null && !sale.customerIp().isBlank()) {
            provision.with("customer", AkbankRequest.block("ipAddress", sale.customerIp()));
        }
        return ThreeDsFinish.completed(AkbankCall.payment(call.send(provision, account), sale.bankOrderId()), log);
    }

    private ThreeDsFinish confirmed(ThreeDsCallback callback, GatewayAccount account, BankExchange log) {
        ThreeDsSale sale = callback.expected();
        BankReply<AkbankAnswer> reply = call.send(
                call.request("1010", account).with("order", AkbankRequest.block("orderId", sale.bankOrderId())),
                account);
        if (!reply.answered()) {
            return ThreeDsFinish.completed(reply.unknown(), log);
        }
        Optional<String> differs = differs(reply.get(), sale, callback.kind());
        if (differs.isPresent()) {
            return ThreeDsFinish.rejected(differs.get(), log);
        }
        GatewayResult status = AkbankOrderReading.status(reply, sale.bankOrderId());
        if (!status.approved()) {
            return ThreeDsFinish.completed(reply.unknown("order history: " + status.bankMessage()), log);
        }
        Map<String, String> p = callback.posted();
        return ThreeDsFinish.completed(
                new GatewayResult(
                        GatewayOutcome.APPROVED,
                        AkbankAnswer.APPROVED,
                        p.getOrDefault("hostMessage", p.getOrDefault("responseMessage", "")),
                        p.getOrDefault("authCode", status.authCode()),
                        p.getOrDefault("rrn", status.hostRefNum()),
                        null,
                        reply.exchange()),
                log);
    }

    static Optional<String> problem(ThreeDsCallback callback, String secretKey) {
        Map<String, String> p = callback.posted();
        for (String required : new String[] {"orderId", "responseCode", "hashParams", "hash"}) {
            if (p.get(required) == null || p.get(required).isEmpty()) {
                return Optional.of("callback has no " + required);
            }
        }
        List<String> signed = Arrays.asList(p.get("hashParams").split("\\+", -1));
        if (!signed.containsAll(List.of("responseCode", "orderId"))) {
            return Optional.of("callback's hashParams do not cover responseCode and orderId");
        }
        if (!AkbankSignature.verifies(AkbankSignature.callback(p, secretKey), p.get("hash"))) {
            return Optional.of("hash does not verify with the secret key");
        }
        if (!callback.expected().bankOrderId().equals(p.get("orderId"))) {
            return Optional.of("callback is for order " + p.get("orderId") + ", not "
                    + callback.expected().bankOrderId());
        }
        return Optional.empty();
    }

    static Optional<String> differs(AkbankAnswer a, ThreeDsSale expected, AuthorizationKind kind) {
        Optional<AkbankAnswer> auth = a.approved() ? AkbankOrderReading.authorization(a) : Optional.empty();
        if (auth.isEmpty()) {
            return Optional.of("the bank's order history does not show order " + expected.bankOrderId() + ": "
                    + a.responseCode() + " " + a.get("responseMessage"));
        }
        AkbankAnswer t = auth.get();
        try {
            if (new java.math.BigDecimal(t.get("amount"))
                            .compareTo(expected.amount().amount())
                    != 0) {
                return Optional.of("the bank holds amount " + t.get("amount") + ", we asked for "
                        + expected.amount().amount());
            }
        } catch (NumberFormatException e) {
            return Optional.of("the bank's amount is unreadable: " + t.get("amount"));
        }
        if (!Integer.toString(AkbankFormats.currency(expected.amount())).equals(t.get("currencyCode"))) {
            return Optional.of("the bank holds currency " + t.get("currencyCode"));
        }
        if (!Integer.toString(AkbankFormats.installments(expected.installments()))
                .equals(t.get("installCount"))) {
            return Optional.of("the bank holds " + t.get("installCount") + " installments");
        }
        boolean preAuth = AkbankOrderReading.kind(t.get("txnCode")) == dev.vpos.gateway.domain.HistoryKind.PRE_AUTH;
        if (preAuth != (kind == AuthorizationKind.PRE_AUTH)) {
            return Optional.of(
                    "the bank holds a " + (preAuth ? "pre-authorisation" : "sale") + ", we asked for " + kind);
        }
        return Optional.empty();
    }
}
