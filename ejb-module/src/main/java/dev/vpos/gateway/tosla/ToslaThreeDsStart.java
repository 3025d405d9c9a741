package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankReply;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Begins a Tosla 3-D payment. Server to server first: {@code threeDPayment} (sale) or {@code threeDPreAuth} registers
 * the order, amount, currency, installments and our callback URL and answers a {@code ThreeDSessionId}; the amount is
 * fixed there, not in the browser. Then the payer's browser goes to the bank: for 3D Pay our page's card fields with
 * the session id to {@code ProcessCardForm}; for 3D Host to the bank's own card page {@code threeDSecure/<session>}.
 */
final class ToslaThreeDsStart {

    private ToslaThreeDsStart() {}

    static String registration(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? "threeDPreAuth" : "threeDPayment";
    }

    static ThreeDsStart start(ToslaCall call, ThreeDsRequest request, GatewayAccount account) {
        ThreeDsSale sale = request.sale();
        boolean bankTakesCard = request.model() == PaymentModel.THREE_D_HOST;
        if (request.model() == PaymentModel.THREE_D) {
            return ThreeDsStart.failed(GatewayResult.notSent("Tosla has no 3D model (3D Pay and 3D Host only)"));
        }
        if (!bankTakesCard && !sale.hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(request.model() + " needs the card on our page"));
        }
        ToslaRequest register = call.request(registration(request.kind()), account)
                .with("callbackUrl", request.successUrl().toString())
                .with("orderId", sale.bankOrderId())
                .with("amount", ToslaFormats.amount(sale.amount()))
                .with("currency", ToslaFormats.currency(sale.amount()))
                .with("installmentCount", ToslaFormats.installments(sale.installments()));
        BankReply<ToslaAnswer> reply = call.send(register, account);
        if (!reply.answered()) {
            // nothing is charged by a registration, but the session may exist: the payment is not known to have failed
            return ThreeDsStart.failed(reply.failed());
        }
        ToslaAnswer a = reply.get();
        String session = a.get("ThreeDSessionId");
        if (!a.accepted() || !session.matches("[A-Za-z0-9-]{8,128}")) {
            if (ToslaCall.ORDER_ID_USED.equals(a.code())) {
                return ThreeDsStart.failed(reply.orderIdAlreadyUsed(a.code(), a.message()));
            }
            return ThreeDsStart.failed(new GatewayResult(
                    GatewayOutcome.DECLINED,
                    a.code(),
                    a.message(),
                    null,
                    null,
                    sale.bankOrderId(),
                    reply.exchange().withFailure("no 3-D session: " + a.code() + " " + a.message())));
        }
        String base = account.endpoint().toString().replaceAll("/+$", "");
        if (bankTakesCard) {
            return ThreeDsStart.form(URI.create(base + "/threeDSecure/" + session), Map.of(), reply.exchange());
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ThreeDSessionId", session);
        f.put("CardHolderName", sale.holderName() == null ? "" : sale.holderName());
        f.put("CardNo", sale.card().digits());
        f.put("ExpireDate", sale.expiry().mmSlashYy());
        f.put("Cvv", sale.cvv() == null ? "" : sale.cvv());
        return ThreeDsStart.form(URI.create(base + "/ProcessCardForm"), f, reply.exchange());
    }
}
