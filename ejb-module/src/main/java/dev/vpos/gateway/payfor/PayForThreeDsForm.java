package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.shared.domain.CardNumber;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The form that sends the payer's browser to PayFor's 3-D gate: {@code Default.aspx} for 3DModel and 3DPay,
 * {@code 3DHost.aspx} for 3DHost (both next to the API's {@code XMLGate.aspx}), signed with the request
 * {@code Hash}. The form carries the card for 3DModel/3DPay (it goes to the browser once); the logged copy masks
 * the card number and drops CVV and hash.
 */
final class PayForThreeDsForm {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PayForThreeDsForm() {}

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

    static URI gate(URI apiEndpoint, PaymentModel model) {
        return apiEndpoint.resolve(model == PaymentModel.THREE_D_HOST ? "3DHost.aspx" : "Default.aspx");
    }

    static ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        PayForCredentials c = PayForCredentials.of(account);
        if (c.storeKey().isEmpty()) {
            return ThreeDsStart.failed(GatewayResult.notSent("the definition has no 3-D Secure key (storeKey)"));
        }
        ThreeDsSale sale = request.sale();
        boolean bankTakesCard = request.model() == PaymentModel.THREE_D_HOST;
        if (!bankTakesCard && !sale.hasCard()) {
            return ThreeDsStart.failed(GatewayResult.notSent(request.model() + " needs the card on our page"));
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MbrId", c.mbrId());
        f.put("MerchantID", c.merchantId());
        f.put("UserCode", c.userCode());
        f.put("OrderId", sale.bankOrderId());
        f.put("Lang", PayForFormats.language(request.language()));
        f.put("SecureType", secureType(request.model()));
        f.put("TxnType", txnType(request.kind()));
        f.put("PurchAmount", PayForFormats.amount(sale.amount()));
        f.put("InstallmentCount", PayForFormats.installments(sale.installments()));
        f.put("Currency", PayForFormats.currency(sale.amount()));
        f.put("OkUrl", request.successUrl().toString());
        f.put("FailUrl", request.failureUrl().toString());
        f.put("Rnd", HexFormat.of().formatHex(randomBytes()));
        if (!bankTakesCard) {
            f.put("CardHolderName", sale.holderName() == null ? "" : sale.holderName());
            f.put("Pan", sale.card().digits());
            f.put("Expiry", PayForFormats.expiry(sale.expiry()));
            f.put("Cvv2", sale.cvv() == null ? "" : sale.cvv());
        }
        f.put(
                "Hash",
                PayForHash.request(
                        f.get("MbrId"),
                        f.get("OrderId"),
                        f.get("PurchAmount"),
                        f.get("OkUrl"),
                        f.get("FailUrl"),
                        f.get("TxnType"),
                        f.get("InstallmentCount"),
                        f.get("Rnd"),
                        c.storeKey().get()));
        URI action = gate(account.endpoint(), request.model());
        return ThreeDsStart.form(action, f, new BankExchange(null, 0, "POST " + action + " " + masked(f), null, null));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String masked(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + switch (e.getKey()) {
                            case "Pan" -> CardNumber.mask(e.getValue());
                            case "Cvv2", "Hash" -> "***";
                            default -> e.getValue();
                        })
                .collect(Collectors.joining("&"));
    }
}
