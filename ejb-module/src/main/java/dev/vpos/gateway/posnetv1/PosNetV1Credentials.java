package dev.vpos.gateway.posnetv1;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a PosNet V1 merchant (Albaraka Türk's MerchantJSONAPI) gets: its merchant number (10 digits), terminal number
 * (8 digits), PosNet id (the 3-D form's {@code PosnetID}) and the store key ("ENCKEY", e.g.
 * {@code 10,10,10,10,10,10,10,10}), which makes the MAC of every request and checks the 3-D callback. The 3-D page
 * lives beside the API on another path ({@code .../ALBSecurePaymentUI/SecureProcess/SecureVerification.aspx}):
 * {@code gatewayUrl}, needed by the 3-D model only.
 */
record PosNetV1Credentials(
        String merchantNo, String terminalNo, String posnetId, String storeKey, Optional<URI> gatewayUrl) {

    static final String MERCHANT_NO = "merchantNo";
    static final String TERMINAL_NO = "terminalNo";
    static final String POSNET_ID = "posnetId";
    static final String STORE_KEY = "storeKey";
    static final String GATEWAY_URL = "gatewayUrl";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.POSNET_V1,
            "PosNet V1 JSON (Albaraka Türk)",
            List.of(
                    new CredentialField(
                            MERCHANT_NO, "Merchant number (MerchantNo)", false, true, "[0-9]{10}", "10 digits"),
                    new CredentialField(
                            TERMINAL_NO, "Terminal number (TerminalNo)", false, true, "[0-9]{8}", "8 digits"),
                    new CredentialField(
                            POSNET_ID, "PosNet id (3-D form PosnetID)", false, true, "[0-9]{1,20}", "digits"),
                    new CredentialField(
                            STORE_KEY,
                            "Store key / ENCKEY (makes every MAC)",
                            true,
                            true,
                            "\\S{1,128}",
                            "e.g. 10,10,10,10,10,10,10,10"),
                    new CredentialField(
                            GATEWAY_URL,
                            "3-D page URL (SecureVerification.aspx)",
                            false,
                            false,
                            "https?://\\S{3,300}",
                            "e.g. https://epostest.albarakaturk.com.tr/ALBSecurePaymentUI/SecureProcess/"
                                    + "SecureVerification.aspx; needed for 3-D payments")),
            List.of("REGULAR", "THREE_D"),
            "https://epostest.albarakaturk.com.tr/ALBMerchantService/MerchantJSONAPI.svc",
            "https://epos.albarakaturk.com.tr/ALBMerchantService/MerchantJSONAPI.svc");

    static PosNetV1Credentials of(GatewayAccount account) {
        return new PosNetV1Credentials(
                account.credential(MERCHANT_NO),
                account.credential(TERMINAL_NO),
                account.credential(POSNET_ID),
                account.credential(STORE_KEY),
                Optional.ofNullable(account.credentials().get(GATEWAY_URL))
                        .filter(u -> !u.isBlank())
                        .map(URI::create));
    }

    @Override
    public String toString() {
        return "PosNetV1Credentials[merchantNo=" + merchantNo + ", terminalNo=" + terminalNo + "]";
    }
}
