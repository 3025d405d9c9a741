package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * PayMaster (paymaster.ru, the LMI protocol): the site's merchant id ({@code LMI_MERCHANT_ID}), its secret key (signs
 * {@code LMI_HASH} of payment notifications and our {@code SIGN}) with the hash algorithm chosen in PayMaster's
 * settings, and the REST API user ("automatic access" login and password; the status and refund calls) with, optionally,
 * the API base URL (derived from the endpoint when empty). The definition's endpoint is the payment form
 * ({@code https://paymaster.ru/Payment/Init}); a TEST definition sends {@code LMI_SIM_MODE=0}.
 */
@ApplicationScoped
public class PayMasterProfile implements FamilyProfile {

    static final String MERCHANT_ID = "merchantId";
    static final String SECRET_KEY = "secretKey";
    static final String HASH_ALGORITHM = "hashAlgorithm";
    static final String API_LOGIN = "apiLogin";
    static final String API_PASSWORD = "apiPassword";
    static final String API_URL = "apiUrl";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.PAYMASTER,
            "PayMaster",
            List.of(
                    new CredentialField(
                            MERCHANT_ID,
                            "Merchant id (LMI_MERCHANT_ID)",
                            false,
                            true,
                            "[A-Za-z0-9-]{1,64}",
                            "letters, digits, -"),
                    new CredentialField(SECRET_KEY, "Secret key", true, true, "\\S{4,128}", "no spaces"),
                    new CredentialField(
                            HASH_ALGORITHM, "Notification hash", false, true, "MD5|SHA1|SHA256", "MD5, SHA1 or SHA256"),
                    new CredentialField(
                            API_LOGIN,
                            "REST API login (automatic access)",
                            false,
                            true,
                            "[^;\\s]{1,64}",
                            "no spaces or ';'"),
                    new CredentialField(
                            API_PASSWORD, "REST API password", true, true, "[^;\\s]{1,128}", "no spaces or ';'"),
                    new CredentialField(
                            API_URL,
                            "REST API base URL; empty = derived from the endpoint",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL")),
            List.of("THREE_D_HOST"),
            "https://paymaster.ru/Payment/Init",
            "https://paymaster.ru/Payment/Init");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
