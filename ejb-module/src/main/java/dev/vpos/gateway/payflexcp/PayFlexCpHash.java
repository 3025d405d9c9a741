package dev.vpos.gateway.payflexcp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The registration's {@code HashedData}: Base64 of SHA-1 over HostMerchantId + AmountCode + Amount + MerchantPassword
 * + "" + "VBank3DPay2014", as mews/pos's PayFlexCPV4Crypt builds it (its test vector: merchant 000000000111111,
 * password 3XTgER89as, 949, 10.10 → {@code /MfLewtkUjpN5e/RY2iuIoT72hk=}). The constant is VakıfBank's; whether the
 * live bank requires or refuses the field is not confirmed (docs/families/payflex-cp.md).
 */
final class PayFlexCpHash {

    static final String CONSTANT = "VBank3DPay2014";

    private PayFlexCpHash() {}

    static String of(String merchantId, String amountCode, String amount, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((merchantId + amountCode + amount + password + "" + CONSTANT)
                            .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
