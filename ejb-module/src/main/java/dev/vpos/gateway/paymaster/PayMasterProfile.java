package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * PayMaster: its credential schema. The adapter comes with its issue; until then definitions
 * of this family can be prepared, not enabled.
 */
@ApplicationScoped
public class PayMasterProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.PAYMASTER, "PayMaster", List.of(
            new CredentialField("merchantId", "Merchant id", false, true, "[A-Za-z0-9-]{1,64}", "letters, digits, -"),
            new CredentialField("secretKey", "Secret key", true, true, "\\S{4,128}", "no spaces"),
            new CredentialField("hashAlgorithm", "Notification hash", false, true, "MD5|SHA1|SHA256", "MD5, SHA1 or SHA256")),
            List.of("THREE_D_HOST"),
            "https://paymaster.ru/Payment/Init",
            "https://paymaster.ru/Payment/Init");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
