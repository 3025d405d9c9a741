package dev.vpos.simulator.paymaster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PayMaster's hashes as the provider computes them: {@code LMI_HASH} = Base64(raw digest of the ten notification
 * fields and the secret key joined by {@code ;}), the merchant's {@code SIGN} = Base64(digest of merchant id, order
 * number, amount, currency and secret key, concatenated), and the REST API's {@code hash} = Base64(SHA-1 of the call's
 * fields joined by {@code ;}).
 */
public final class PayMasterCrypto {

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

    private PayMasterCrypto() {}

    public static String base64Digest(String algorithm, String source) {
        String jca = switch (algorithm) {
            case "MD5" -> "MD5";
            case "SHA1" -> "SHA-1";
            case "SHA256" -> "SHA-256";
            default -> throw new IllegalArgumentException(algorithm);
        };
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance(jca).digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca, e);
        }
    }

    public static String lmiHash(Map<String, String> fields, String secretKey, String algorithm) {
        return base64Digest(
                algorithm,
                LMI_HASH_FIELDS.stream().map(n -> fields.getOrDefault(n, "")).collect(Collectors.joining(";")) + ";"
                        + secretKey);
    }

    public static String sign(
            String merchantId, String paymentNo, String amount, String currency, String secretKey, String algorithm) {
        return base64Digest(algorithm, merchantId + paymentNo + amount + currency + secretKey);
    }

    public static String apiHash(List<String> values) {
        return base64Digest("SHA1", String.join(";", values));
    }

    public static boolean same(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.trim().getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
