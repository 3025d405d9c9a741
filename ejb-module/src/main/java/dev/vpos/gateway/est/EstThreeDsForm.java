package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.LogText;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ver3 form the payer's browser posts to {@code /fim/est3Dgate} (mews/pos EstV3PosRequestDataMapper):
 * {@code clientid, storetype, amount, oid, okUrl, failUrl, rnd, lang, currency, taksit, TranType, hashAlgorithm},
 * the card for 3D and 3D Pay ({@code pan}, {@code Ecom_Payment_Card_ExpDate_Month} MM,
 * {@code Ecom_Payment_Card_ExpDate_Year} YY, {@code cv2}), and {@code hash} = ver3 over all of them with the store
 * key. 3D Host is storetype {@code 3d_pay_hosting}: the bank's page takes the card and provisions.
 */
final class EstThreeDsForm {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FieldMasking FORM_MASKING = FieldMasking.of(Set.of("cv2", "hash"), Set.of("pan"));

    private EstThreeDsForm() {}

    static String storeType(PaymentModel model) {
        return switch (model) {
            case THREE_D -> "3d";
            case THREE_D_PAY -> "3d_pay";
            case THREE_D_HOST -> "3d_pay_hosting";
            case REGULAR -> throw new IllegalArgumentException("REGULAR has no 3-D form");
        };
    }

    static String tranType(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? EstCc5Request.PRE_AUTH : EstCc5Request.SALE;
    }

    /** The fields, {@code hash} last. Holds the card for 3D and 3D Pay: for the payer's browser only. */
    static Map<String, String> fields(ThreeDsRequest request, EstCredentials credentials, String storeKey) {
        ThreeDsSale sale = request.sale();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("clientid", credentials.clientId());
        f.put("storetype", storeType(request.model()));
        f.put("amount", EstFormats.amount(sale.amount()));
        f.put("oid", sale.bankOrderId());
        f.put("okUrl", request.successUrl().toString());
        f.put("failUrl", request.failureUrl().toString());
        f.put("rnd", random());
        f.put("lang", "tr".equals(request.language()) ? "tr" : "en");
        f.put("currency", EstFormats.currency(sale.amount()));
        f.put("taksit", EstFormats.installments(sale.installments()));
        f.put("TranType", tranType(request.kind()));
        f.put("hashAlgorithm", "ver3");
        if (request.model() != PaymentModel.THREE_D_HOST) {
            f.put("pan", sale.card().digits());
            f.put(
                    "Ecom_Payment_Card_ExpDate_Month",
                    String.format("%02d", sale.expiry().month().getMonthValue()));
            f.put(
                    "Ecom_Payment_Card_ExpDate_Year",
                    String.format("%02d", sale.expiry().month().getYear() % 100));
            f.put("cv2", sale.cvv() == null ? "" : sale.cvv());
        }
        f.put("hash", EstHashV3.of(f, storeKey));
        return f;
    }

    /** The form for the log: card masked, CVV and hash removed. */
    static String masked(Map<String, String> fields) {
        return LogText.fields(fields, "\n", FORM_MASKING);
    }

    /** 20 characters of base64 (no '|'), as the gate's own rnd values look. */
    private static String random() {
        byte[] b = new byte[15];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
