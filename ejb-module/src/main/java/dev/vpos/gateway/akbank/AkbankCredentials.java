package dev.vpos.gateway.akbank;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What an Akbank merchant of the new virtual POS API gets: its merchant and terminal "safe ids" (32 characters each)
 * and the secret key that signs every request body ({@code auth-hash}), the 3-D form and the bank's callback. The 3-D
 * pages live on another host than the API ({@code virtualpospaymentgateway[pre].akbank.com}): {@code gatewayUrl} is
 * that host's base, needed by the 3-D models only.
 */
record AkbankCredentials(String merchantSafeId, String terminalSafeId, String secretKey, Optional<URI> gatewayUrl) {

    static final String MERCHANT_SAFE_ID = "merchantSafeId";
    static final String TERMINAL_SAFE_ID = "terminalSafeId";
    static final String SECRET_KEY = "secretKey";
    static final String GATEWAY_URL = "gatewayUrl";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.AKBANK,
            "Akbank Sanal POS (new API)",
            List.of(
                    new CredentialField(
                            MERCHANT_SAFE_ID,
                            "Merchant safe id (merchantSafeId)",
                            false,
                            true,
                            "[0-9A-Za-z]{32}",
                            "32 letters and digits"),
                    new CredentialField(
                            TERMINAL_SAFE_ID,
                            "Terminal safe id (terminalSafeId)",
                            false,
                            true,
                            "[0-9A-Za-z]{32}",
                            "32 letters and digits"),
                    new CredentialField(
                            SECRET_KEY,
                            "Secret key (signs requests and checks callbacks)",
                            true,
                            true,
                            "\\S{16,256}",
                            "16 to 256 characters, no spaces"),
                    new CredentialField(
                            GATEWAY_URL,
                            "3-D gateway base URL",
                            false,
                            false,
                            "https?://\\S{3,200}",
                            "e.g. https://virtualpospaymentgatewaypre.akbank.com; needed for 3-D payments")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY", "THREE_D_HOST"),
            "https://apipre.akbank.com/api/v1/payment/virtualpos",
            "https://api.akbank.com/api/v1/payment/virtualpos");

    static AkbankCredentials of(GatewayAccount account) {
        return new AkbankCredentials(
                account.credential(MERCHANT_SAFE_ID),
                account.credential(TERMINAL_SAFE_ID),
                account.credential(SECRET_KEY),
                Optional.ofNullable(account.credentials().get(GATEWAY_URL))
                        .filter(u -> !u.isBlank())
                        .map(u -> URI.create(u.replaceAll("/+$", ""))));
    }

    @Override
    public String toString() {
        return "AkbankCredentials[merchantSafeId=" + merchantSafeId + ", terminalSafeId=" + terminalSafeId + "]";
    }
}
