package dev.vpos.gateway.vakifkatilim;

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
import dev.vpos.gateway.infrastructure.LogText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Vakıf Katılım's two 3-D models; sales only (the bank pre-authorises only without 3-D, per mews/pos).
 * <ul>
 *   <li><b>3D</b>: the enrollment goes server to server to {@code ThreeDModelPayGate} with the card; the bank answers
 *       the page that takes the payer to the ACS (shown as it is) or a refusal. The callback is verified — HashData
 *       with the hashed password in constant time, our order id — and only ResponseCode 00 with an MD is provisioned
 *       ({@code ThreeDModelProvisionGate}) with <em>our</em> order, amount and installments: the bank binds the MD to
 *       what was enrolled, so a callback cannot change what is charged.</li>
 *   <li><b>3D Host</b>: the payer's browser posts to the bank's common payment page (UserName, HashPassword,
 *       MerchantId, MerchantOrderId, Amount, FECCurrencyCode, OkUrl, FailUrl, PaymentType; no hash, no installments);
 *       the bank takes the card and charges it. The callback carries no amount and its hash rests on the hashed
 *       password the form showed the payer, so an approval is taken only from the bank's own order inquiry
 *       ({@code SelectOrderByMerchantOrderId}) holding our amount, currency, single payment and a sale.</li>
 * </ul>
 */
final class VakifKatilimThreeDs {

    private final VakifKatilimCalls calls;

    VakifKatilimThreeDs(VakifKatilimCalls calls) {
        this.calls = calls;
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        if (request.kind() != AuthorizationKind.SALE) {
            return ThreeDsStart.failed(GatewayResult.notSent("Vakıf Katılım pre-authorises only without 3-D Secure"));
        }
        return switch (request.model()) {
            case THREE_D -> enroll(request, account);
            case THREE_D_HOST -> hostPage(request, account);
            default -> ThreeDsStart.failed(GatewayResult.notSent("Vakıf Katılım has no " + request.model()));
        };
    }

    private ThreeDsStart enroll(ThreeDsRequest request, GatewayAccount account) {
        ThreeDsSale sale = request.sale();
        if (!sale.hasCard() || sale.expiry() == null) {
            return ThreeDsStart.failed(GatewayResult.notSent("the 3D model needs the card: the enrollment takes it"));
        }
        VakifKatilimCredentials c = VakifKatilimCredentials.of(account);
        String amount = VakifKatilimFormats.amount(sale.amount());
        VakifKatilimMessage enrollment = VakifKatilimMessage.of(c)
                .with("APIVersion", VakifKatilimMessage.API_VERSION)
                .withHashPassword()
                .with("TransactionSecurity", "3")
                .with("InstallmentCount", VakifKatilimFormats.installments(sale.installments()))
                .with("Amount", amount)
                .with("DisplayAmount", amount)
                .with("FECCurrencyCode", VakifKatilimFormats.currency(sale.amount()))
                .with("MerchantOrderId", sale.bankOrderId())
                .with("OkUrl", request.successUrl().toString())
                .with("FailUrl", request.failureUrl().toString())
                .with("CardHolderName", sale.holderName())
                .with("CardNumber", sale.card().digits())
                .with("CardExpireDateYear", VakifKatilimFormats.expiryYear(sale.expiry()))
                .with("CardExpireDateMonth", VakifKatilimFormats.expiryMonth(sale.expiry()))
                .with("CardCVV2", sale.cvv());
        BankReply<VakifKatilimEnrollmentPage> reply = calls.channel()
                .send(
                        enrollment.to(VakifKatilimEndpoints.gate(account, VakifKatilimEndpoints.ENROLLMENT)),
                        account,
                        VakifKatilimEnrollmentPage.FORMAT);
        if (!reply.answered()) {
            return ThreeDsStart.failed(reply.failed());
        }
        Optional<String[]> refused = reply.get().refused();
        if (refused.isPresent()) {
            return ThreeDsStart.failed(new GatewayResult(
                    GatewayOutcome.DECLINED, refused.get()[0], refused.get()[1], null, null, null, reply.exchange()));
        }
        return ThreeDsStart.page(reply.get().html(), reply.exchange());
    }

    private static ThreeDsStart hostPage(ThreeDsRequest request, GatewayAccount account) {
        ThreeDsSale sale = request.sale();
        if (sale.installments() > 1) {
            return ThreeDsStart.failed(
                    GatewayResult.notSent("the common payment page (3D Host) takes no installments"));
        }
        VakifKatilimCredentials c = VakifKatilimCredentials.of(account);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("UserName", c.userName());
        f.put("HashPassword", c.hashedPassword());
        f.put("MerchantId", c.merchantId());
        f.put("MerchantOrderId", sale.bankOrderId());
        f.put("Amount", VakifKatilimFormats.amount(sale.amount()));
        f.put("FECCurrencyCode", VakifKatilimFormats.currency(sale.amount()));
        f.put("OkUrl", request.successUrl().toString());
        f.put("FailUrl", request.failureUrl().toString());
        f.put("PaymentType", "1");
        var action = VakifKatilimEndpoints.hostPage(account);
        return ThreeDsStart.form(
                action,
                f,
                new BankExchange(
                        null, 0, "POST " + action + " " + LogText.fields(f, "&", VakifKatilimLog.FIELDS), null, null));
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        Map<String, String> p = callback.posted();
        BankExchange log =
                new BankExchange(null, 0, null, LogText.cap(LogText.fields(p, "&", VakifKatilimLog.FIELDS)), null);
        VakifKatilimCredentials c = VakifKatilimCredentials.of(account);
        String orderId = p.getOrDefault("MerchantOrderId", "");
        String code = p.getOrDefault("ResponseCode", "");
        for (String required : new String[] {"ResponseCode", "MerchantOrderId", "HashData"}) {
            if (p.getOrDefault(required, "").isEmpty()) {
                return rejected("the callback has no " + required, log);
            }
        }
        String expected = VakifKatilimHash.answer(
                orderId, p.getOrDefault("RRN", ""), code, p.getOrDefault("OrderId", ""), c.hashedPassword());
        if (!VakifKatilimHash.matches(expected, p.get("HashData"))) {
            return rejected("the callback's HashData does not verify", log);
        }
        ThreeDsSale sale = callback.expected();
        if (!sale.bankOrderId().equals(orderId)) {
            return rejected("the callback is for order " + orderId + ", not " + sale.bankOrderId(), log);
        }
        if (!VakifKatilimAnswer.APPROVED.equals(code)) {
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED,
                            code,
                            p.getOrDefault("ResponseMessage", ""),
                            null,
                            null,
                            null,
                            log),
                    log);
        }
        if (callback.kind() != AuthorizationKind.SALE) {
            return rejected("Vakıf Katılım takes 3-D sales only, not " + callback.kind(), log);
        }
        if (callback.model() == PaymentModel.THREE_D) {
            return provision(sale, p.getOrDefault("MD", ""), c, account, log);
        }
        if (callback.model() == PaymentModel.THREE_D_HOST) {
            return confirmed(sale, account, log);
        }
        return rejected("Vakıf Katılım has no " + callback.model(), log);
    }

    private ThreeDsFinish provision(
            ThreeDsSale sale, String md, VakifKatilimCredentials c, GatewayAccount account, BankExchange log) {
        if (md.isEmpty()) {
            return rejected("the authenticated callback carries no MD", log);
        }
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("Key", "MD");
        additional.put("Data", md);
        VakifKatilimMessage provision = VakifKatilimMessage.of(c)
                .with("APIVersion", VakifKatilimMessage.API_VERSION)
                .with("AdditionalData", Map.of("AdditionalDataList", Map.of("VPosAdditionalData", additional)))
                .with("InstallmentCount", VakifKatilimFormats.installments(sale.installments()))
                .with("Amount", VakifKatilimFormats.amount(sale.amount()))
                .with("MerchantOrderId", sale.bankOrderId())
                .with("TransactionSecurity", "3");
        BankReply<VakifKatilimAnswer> reply = calls.channel()
                .send(
                        provision.to(VakifKatilimEndpoints.gate(account, VakifKatilimEndpoints.PROVISION)),
                        account,
                        VakifKatilimAnswer.FORMAT);
        return ThreeDsFinish.completed(
                VakifKatilimResults.authorization(
                        sale.bankOrderId(), AuthorizationKind.SALE, reply, c.hashedPassword()),
                log);
    }

    /** 3D Host: the bank's order inquiry must hold our sale, amount, currency and single payment. */
    private ThreeDsFinish confirmed(ThreeDsSale sale, GatewayAccount account, BankExchange log) {
        BankReply<VakifKatilimAnswer> reply = calls.status(sale.bankOrderId(), account);
        if (!reply.answered()) {
            return ThreeDsFinish.completed(reply.unknown(), log);
        }
        Optional<Map<String, String>> contract = VakifKatilimStatusReading.contract(sale.bankOrderId(), reply.get());
        Optional<String> differs = contract.flatMap(o -> differs(o, sale));
        if (reply.get().approved() && contract.isPresent() && differs.isPresent()) {
            return rejected(differs.get(), log);
        }
        GatewayResult status = VakifKatilimStatusReading.read(sale.bankOrderId(), reply);
        return ThreeDsFinish.completed(
                status.approved() ? status : reply.unknown("inquiry after the callback: " + status.bankMessage()), log);
    }

    private static Optional<String> differs(Map<String, String> o, ThreeDsSale sale) {
        Optional<String> amount = VakifKatilimFormats.currencyOf(o.getOrDefault("FEC", ""))
                .filter(cur -> cur.equals(sale.amount().currency()))
                .flatMap(cur -> VakifKatilimFormats.money(o.getOrDefault("FirstAmount", ""), cur))
                .filter(m -> m.amount().compareTo(sale.amount().amount()) == 0)
                .map(m -> "");
        if (amount.isEmpty()) {
            return Optional.of("the bank holds " + o.get("FirstAmount") + " " + o.get("FEC") + ", we asked for "
                    + sale.amount().amount().toPlainString() + " "
                    + sale.amount().currencyCode());
        }
        if (!"0".equals(o.getOrDefault("InstallmentCount", "0")) || !"1".equals(o.get("OrderStatus"))) {
            return Optional.of("the bank holds an order of status " + o.get("OrderStatus") + " in "
                    + o.get("InstallmentCount") + " installments, we asked for a single-payment sale");
        }
        return Optional.empty();
    }

    private static ThreeDsFinish rejected(String why, BankExchange log) {
        return ThreeDsFinish.rejected(why, log.withFailure(why));
    }
}
