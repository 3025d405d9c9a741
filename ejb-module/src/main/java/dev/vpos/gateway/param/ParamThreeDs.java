package dev.vpos.gateway.param;

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
import dev.vpos.gateway.param.soap.STWMDUCDSonuc;
import dev.vpos.gateway.param.soap.TPWMDPay;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Param's 3D model. The start is server to server: {@code TP_WMD_UCD} (or {@code TP_Islem_Odeme_OnProv_WMD} for a
 * pre-authorisation) with {@code Islem_Guvenlik_Tip 3D}, the card, the amount and our callback URLs; its
 * {@code UCD_HTML} is the bank's page, shown to the payer as it is. The bank posts the payer back with {@code md},
 * {@code mdStatus}, {@code orderId}, {@code transactionAmount}, {@code islemGUID} and {@code islemHash}
 * (= SHA-1 of islemGUID + md + mdStatus + orderId + our GUID). The callback is refused (nothing changes) unless the
 * hash verifies in constant time, the order is ours and, when the callback names an amount, it is ours; the amount
 * itself was fixed server to server at the start. Only {@code mdStatus 1} is an authentication: any other ends the
 * payment DECLINED with {@code MD:<status>}. Then {@code TP_WMD_Pay} completes it; its answer is the result.
 */
final class ParamThreeDs {

    static final FieldMasking CALLBACK_MASKING = FieldMasking.of(Set.of("islemHash", "md"), Set.of());
    private static final List<String> REQUIRED = List.of("islemGUID", "md", "mdStatus", "orderId", "islemHash");

    private final ParamSoapClient soap;

    ParamThreeDs(ParamSoapClient soap) {
        this.soap = soap;
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        if (request.model() != PaymentModel.THREE_D) {
            return ThreeDsStart.failed(
                    GatewayResult.notSent("Param: only the 3D model is implemented, not " + request.model()));
        }
        ThreeDsSale sale = request.sale();
        if (!ParamFormats.LIRA.equals(sale.amount().currencyCode())) {
            return ThreeDsStart.failed(GatewayResult.notSent("Param's TP_WMD_UCD takes Turkish lira only, not "
                    + sale.amount().currencyCode()));
        }
        if (!sale.hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent("Param's 3D model needs the card"));
        }
        ParamPayment payment = new ParamPayment(
                ParamCredentials.of(account),
                sale.bankOrderId(),
                sale.amount(),
                sale.installments(),
                sale.card().digits(),
                sale.expiry(),
                sale.cvv(),
                sale.holderName(),
                sale.customerIp(),
                request.successUrl().toString(),
                request.failureUrl().toString());
        BankReply<STWMDUCDSonuc> reply = soap.call(account, port -> payment.start(port, request.kind()));
        if (!reply.answered()) {
            return ThreeDsStart.failed(reply.failed());
        }
        STWMDUCDSonuc r = reply.get();
        String html = r.getUCDHTML() == null ? "" : r.getUCDHTML().trim();
        if (ParamAnswer.number(r.getSonuc()) > 0 && html.startsWith("<")) {
            return ThreeDsStart.page(html, reply.exchange());
        }
        BankReply<ParamAnswer> read =
                new BankReply<>(reply.reached(), reply.httpStatus(), Optional.of(ParamAnswer.of(r)), reply.exchange());
        GatewayResult result = ParamAnswer.result(read, sale.bankOrderId(), Map.of());
        return ThreeDsStart.failed(
                result.approved() ? read.unknown("Sonuc " + r.getSonuc() + " without the bank's page") : result);
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log = new BankExchange(null, 0, null, LogText.cap(LogText.fields(p, "&", CALLBACK_MASKING)), null);
        ParamCredentials c = ParamCredentials.of(account);
        Optional<String> problem = problem(callback, c);
        if (problem.isPresent()) {
            return ThreeDsFinish.rejected(problem.get(), log);
        }
        String orderId = p.get("orderId");
        String mdStatus = p.get("mdStatus");
        if (!"1".equals(mdStatus)) {
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED,
                            "MD:" + mdStatus,
                            p.getOrDefault("bankResult", ""),
                            null,
                            null,
                            null,
                            log),
                    log);
        }
        TPWMDPay pay = new TPWMDPay();
        pay.setG(ParamGateway.g(c));
        pay.setGUID(c.guid());
        pay.setUCDMD(p.get("md"));
        pay.setIslemGUID(p.get("islemGUID"));
        pay.setSiparisID(orderId);
        BankReply<ParamAnswer> reply = soap.call(account, port -> {
            var r = port.tpWMDPay(pay).getTPWMDPayResult();
            return r == null ? null : ParamAnswer.of(r);
        });
        return ThreeDsFinish.completed(
                ParamAnswer.result(
                        reply,
                        orderId,
                        callback.kind() == AuthorizationKind.PRE_AUTH
                                ? Map.of(ParamGateway.AUTHORIZATION, AuthorizationKind.PRE_AUTH.name())
                                : Map.of()),
                log);
    }

    /** Why the callback is not to be trusted; empty when it is. */
    static Optional<String> problem(ThreeDsCallback callback, ParamCredentials c) {
        Map<String, String> p = callback.posted();
        for (String name : REQUIRED) {
            if (p.get(name) == null) {
                return Optional.of("callback without " + name);
            }
        }
        String expected =
                ParamHash.callback(p.get("islemGUID"), p.get("md"), p.get("mdStatus"), p.get("orderId"), c.guid());
        if (!ParamHash.matches(expected, p.get("islemHash"))) {
            return Optional.of("callback islemHash does not verify");
        }
        if (!callback.expected().bankOrderId().equals(p.get("orderId"))) {
            return Optional.of("callback is for order " + p.get("orderId") + ", not "
                    + callback.expected().bankOrderId());
        }
        String amount = p.get("transactionAmount");
        if (amount != null && !amount.isBlank()) {
            Optional<BigDecimal> posted = ParamFormats.readAmount(amount);
            if (posted.isEmpty()
                    || posted.get().compareTo(callback.expected().amount().amount()) != 0) {
                return Optional.of("callback amount " + amount + " is not the payment's "
                        + callback.expected().amount());
            }
        }
        return Optional.empty();
    }
}
