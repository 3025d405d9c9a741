package dev.vpos.gateway.paymaster;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PayMaster's three signatures.
 * <ul>
 *   <li>{@code LMI_HASH} of a payment notification: Base64 of the raw digest of {@code LMI_MERCHANT_ID;LMI_PAYMENT_NO;
 *       LMI_SYS_PAYMENT_ID;LMI_SYS_PAYMENT_DATE;LMI_PAYMENT_AMOUNT;LMI_CURRENCY;LMI_PAID_AMOUNT;LMI_PAID_CURRENCY;
 *       LMI_PAYMENT_SYSTEM;LMI_SIM_MODE;SECRET} (an absent field is an empty slot), with the site's algorithm.</li>
 *   <li>{@code SIGN}, our own field on the payment form that PayMaster hands back with the pre-request and the
 *       notification (it returns every non-LMI field): Base64 of the digest of {@code LMI_MERCHANT_ID + LMI_PAYMENT_NO +
 *       LMI_PAYMENT_AMOUNT + LMI_CURRENCY + SECRET}, no separator.</li>
 *   <li>{@code hash} of a REST API call: Base64 of the SHA-1 of the call's listed fields joined with {@code ;}
 *       ({@code login;password;nonce;...}), an absent optional field an empty slot.</li>
 * </ul>
 */
final class PayMasterSignatures {

    static final List<String> LMI_HASH_FIELDS = List.of(
            "LMI_MERCHANT_ID",
            "LMI_PAYMENT_NO",
            "LMI_SYS_PAYMENT_ID",
            "LMI_SYS_PAYMENT_DATE",
            "LMI_PAYMENT_AMOUNT",
            "LMI_CURRENCY",
            "LMI_PAID_AMOUNT",
            "LMI_PAID_CURRENCY",
            "LMI_PAYMENT_SYSTEM",
            "LMI_SIM_MODE");

    private PayMasterSignatures() {}

    static String lmiHashSource(Map<String, String> fields, String secretKey) {
        return LMI_HASH_FIELDS.stream().map(n -> fields.getOrDefault(n, "")).collect(Collectors.joining(";")) + ";"
                + secretKey;
    }

    static String lmiHash(Map<String, String> fields, String secretKey, PayMasterHashAlgorithm algorithm) {
        return algorithm.base64(lmiHashSource(fields, secretKey));
    }

    static String sign(
            String merchantId,
            String paymentNo,
            String amount,
            String currency,
            String secretKey,
            PayMasterHashAlgorithm algorithm) {
        return algorithm.base64(merchantId + paymentNo + amount + currency + secretKey);
    }

    static String apiHash(List<String> values) {
        return Base64.getEncoder()
                .encodeToString(PayMasterHashAlgorithm.digest(
                        "SHA-1", values.stream().map(v -> v == null ? "" : v).collect(Collectors.joining(";"))));
    }
}
