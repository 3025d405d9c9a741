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
 *
 * <p>3D Pay ({@code Pos_Odeme}) and a 3D sale in US dollars, euros or pounds ({@code TP_Islem_Odeme_WD 3D}) answer
 * {@code UCD_URL}, the bank's page the payer is sent to with a GET ({@link ParamRedirect}); the bank completes the
 * payment itself and posts {@code TURKPOS_RETVAL_*} back ({@link ParamReturnValues}).
 */
final class ParamThreeDs {

    static final FieldMasking CALLBACK_MASKING = FieldMasking.of(Set.of("islemHash", "md"), Set.of());
    private static final List<String> REQUIRED = List.of("islemGUID", "md", "mdStatus", "orderId", "islemHash");

    private final ParamSoapClient soap;

    ParamThreeDs(ParamSoapClient soap) {
        this.soap = soap;
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        ThreeDsSale sale = request.sale();
        String currency = sale.amount().currencyCode();
        boolean lira = ParamFormats.LIRA.equals(currency);
        if (!lira && !ParamFormats.FOREIGN.containsKey(currency)) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    "Param takes Turkish lira, US dollars, euros and pounds only, not " + currency));
        }
        if (request.model() == PaymentModel.THREE_D_HOST) {
            return request.kind() == AuthorizationKind.PRE_AUTH
                    ? ThreeDsStart.failed(GatewayResult.notSent("Param's hosted page takes sales only"))
                    : ParamHostedPage.start(soap, request, account);
        }
        if (request.kind() == AuthorizationKind.PRE_AUTH && (!lira || request.model() != PaymentModel.THREE_D)) {
            return ThreeDsStart.failed(GatewayResult.notSent("Param's pre-authorisation (TP_Islem_Odeme_OnProv_WMD)"
                    + " has no currency and no 3D Pay form: the 3D model in Turkish lira only"));
        }
        if (!sale.hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent("Param's " + request.model() + " model needs the card"));
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
        if (!lira) {
            return ParamRedirect.start(
                    soap.call(
                            account,
                            port -> port.tpIslemOdemeWD(payment.foreignSale(ParamPayment.THREE_D))
                                    .getTPIslemOdemeWDResult()),
                    sale.bankOrderId());
        }
        if (request.model() == PaymentModel.THREE_D_PAY) {
            return ParamRedirect.start(
                    soap.call(
                            account, port -> port.posOdeme(payment.threeDPay()).getPosOdemeResult()),
                    sale.bankOrderId());
        }
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

    /**
     * Whether the payment comes back as Param's {@code TURKPOS_RETVAL_*} post (3D Pay, a foreign-currency 3D sale, the
     * hosted page: the bank has completed the payment) rather than the 3D model's {@code md}/{@code islemHash}.
     */
    static boolean returnsValues(PaymentModel model, String currency) {
        return model != PaymentModel.THREE_D || !ParamFormats.LIRA.equals(currency);
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        if (returnsValues(callback.model(), callback.expected().amount().currencyCode())) {
            return new ParamReturnValues(soap).finish(callback, account);
        }
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
