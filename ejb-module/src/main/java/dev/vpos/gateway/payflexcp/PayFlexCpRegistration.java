package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Begins a Common Payment: {@code RegisterTransaction} server to server fixes the order, amount, currency,
 * installments and our return URLs (and for 3D Pay the card our page took) and answers a {@code PaymentToken} with
 * the {@code CommonPaymentUrl}; the payer's browser then goes to {@code CommonPaymentUrl?Ptkn=<token>} — the bank's
 * card page (3D Host) or straight to 3-D Secure (3D Pay). A page address on another host than our endpoint's is not
 * followed: the payer is sent only to the bank we called.
 */
final class PayFlexCpRegistration {

    private PayFlexCpRegistration() {}

    static ThreeDsStart start(BankChannel channel, ThreeDsRequest request, GatewayAccount account) {
        ThreeDsSale sale = request.sale();
        if (request.model() != PaymentModel.THREE_D_PAY && request.model() != PaymentModel.THREE_D_HOST) {
            return ThreeDsStart.failed(GatewayResult.notSent(
                    "PAYFLEX_CP has the bank's 3D Pay and 3D Host pages only, not " + request.model()));
        }
        if (request.kind() != AuthorizationKind.SALE) {
            return ThreeDsStart.failed(GatewayResult.notSent("PAYFLEX_CP registers sales only, not " + request.kind()));
        }
        if (request.model() == PaymentModel.THREE_D_PAY && (!sale.hasCard() || sale.expiry() == null)) {
            return ThreeDsStart.failed(GatewayResult.notSent("3D Pay at PAYFLEX_CP needs the card on our page"));
        }
        if (!PayFlexCpFormats.supports(sale.amount())) {
            return ThreeDsStart.failed(GatewayResult.notSent("PAYFLEX_CP takes TRY, USD, EUR and GBP only, not "
                    + sale.amount().currencyCode()));
        }
        PayFlexCpCredentials c = PayFlexCpCredentials.of(account);
        Map<String, Object> f = fields(c, request);
        BankReply<PayFlexCpXml.Answer> reply =
                channel.send(PayFlexCpForm.plain(f).to(c.api("RegisterTransaction")), account, PayFlexCpXml.ANSWER);
        if (!reply.answered()) {
            // a registration charges nothing, but the token may exist: not known to have failed
            return ThreeDsStart.failed(reply.failed());
        }
        PayFlexCpXml.Answer a = reply.get();
        String token = a.get("PaymentToken");
        String page = a.get("CommonPaymentUrl");
        if (a.has("ErrorCode") || !token.matches("[A-Za-z0-9]{8,64}") || page.isEmpty()) {
            String code = a.has("ErrorCode") ? a.get("ErrorCode") : "";
            String message = a.get("ResponseMessage");
            return ThreeDsStart.failed(new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code.isEmpty() ? null : code,
                    message,
                    null,
                    null,
                    sale.bankOrderId(),
                    reply.exchange().withFailure("no payment token: " + code + " " + message)));
        }
        URI pageUri;
        try {
            pageUri = URI.create(page);
        } catch (IllegalArgumentException e) {
            return ThreeDsStart.failed(reply.unknown("unreadable CommonPaymentUrl " + page));
        }
        if (!c.endpoint().getHost().equalsIgnoreCase(pageUri.getHost())
                || !pageUri.getScheme().matches("https?")) {
            return ThreeDsStart.failed(reply.unknown("CommonPaymentUrl " + page + " is not on the bank's host "
                    + c.endpoint().getHost()));
        }
        URI action = URI.create(page + (page.contains("?") ? "&" : "?") + "Ptkn=" + token);
        return ThreeDsStart.form(action, Map.of("Ptkn", token), reply.exchange());
    }

    private static Map<String, Object> fields(PayFlexCpCredentials c, ThreeDsRequest request) {
        ThreeDsSale sale = request.sale();
        String amountCode = PayFlexCpFormats.currency(sale.amount());
        String amount = PayFlexCpFormats.amount(sale.amount());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("HostMerchantId", c.merchantId());
        f.put("MerchantPassword", c.password());
        f.put("HostTerminalId", c.terminalId());
        f.put("TransactionType", "Sale");
        f.put("AmountCode", amountCode);
        f.put("Amount", amount);
        f.put("OrderID", sale.bankOrderId());
        f.put("IsSecure", "true");
        f.put("AllowNotEnrolledCard", "false");
        f.put("SuccessUrl", request.successUrl().toString());
        f.put("FailUrl", request.failureUrl().toString());
        f.put("RequestLanguage", "en".equals(request.language()) ? "en-US" : "tr-TR");
        f.put("Extract", "");
        f.put("CustomItems", "");
        if (request.model() == PaymentModel.THREE_D_PAY) {
            f.put("BrandNumber", PayFlexCpFormats.brand(sale.card()));
            f.put("CVV", sale.cvv() == null ? "" : sale.cvv());
            f.put("PAN", sale.card().digits());
            f.put("ExpireMonth", PayFlexCpFormats.expiryMonth(sale.expiry()));
            f.put("ExpireYear", PayFlexCpFormats.expiryYear(sale.expiry()));
            f.put("CardHoldersName", sale.holderName() == null ? "" : sale.holderName());
        }
        if (sale.installments() > 1) {
            f.put("InstallmentCount", PayFlexCpFormats.installments(sale.installments()));
        }
        f.put("HashedData", PayFlexCpHash.of(c.merchantId(), amountCode, amount, c.password()));
        return f;
    }
}
