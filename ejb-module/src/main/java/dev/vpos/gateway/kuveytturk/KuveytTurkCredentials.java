package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.GatewayAccount;
import java.util.Optional;

/** What a KuveytTürk merchant gets from the bank. {@link #toString()} never shows the password. */
record KuveytTurkCredentials(
        String merchantId, String customerId, String userName, String password, Optional<String> serviceUrl) {

    static KuveytTurkCredentials of(GatewayAccount account) {
        String serviceUrl = account.credentials().get(KuveytTurkProfile.SERVICE_URL);
        return new KuveytTurkCredentials(
                account.credential(KuveytTurkProfile.MERCHANT_ID),
                account.credential(KuveytTurkProfile.CUSTOMER_ID),
                account.credential(KuveytTurkProfile.USER_NAME),
                account.credential(KuveytTurkProfile.PASSWORD),
                Optional.ofNullable(serviceUrl).filter(s -> !s.isBlank()).map(String::trim));
    }

    /** base64(SHA-1(password)): the bank never sees the password itself, only this inside every hash. */
    String hashedPassword() {
        return KuveytTurkHash.sha1Base64(password);
    }

    @Override
    public String toString() {
        return "KuveytTurkCredentials[merchantId=" + merchantId + ", customerId=" + customerId + ", userName="
                + userName + "]";
    }
}
