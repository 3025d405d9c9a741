package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.GatewayAccount;

/** What a Vakıf Katılım merchant gets from the bank. {@link #toString()} never shows the password. */
record VakifKatilimCredentials(
        String merchantId, String customerId, String userName, String password, String subMerchantId) {

    static VakifKatilimCredentials of(GatewayAccount account) {
        String sub = account.credentials().get(VakifKatilimProfile.SUB_MERCHANT_ID);
        return new VakifKatilimCredentials(
                account.credential(VakifKatilimProfile.MERCHANT_ID),
                account.credential(VakifKatilimProfile.CUSTOMER_ID),
                account.credential(VakifKatilimProfile.USER_NAME),
                account.credential(VakifKatilimProfile.PASSWORD),
                sub == null || sub.isBlank() ? "0" : sub.trim());
    }

    /** base64(SHA-1(password)): sent as HashPassword and inside every HashData; the password itself never travels. */
    String hashedPassword() {
        return VakifKatilimHash.sha1Base64(password);
    }

    @Override
    public String toString() {
        return "VakifKatilimCredentials[merchantId=" + merchantId + ", customerId=" + customerId + ", userName="
                + userName + ", subMerchantId=" + subMerchantId + "]";
    }
}
