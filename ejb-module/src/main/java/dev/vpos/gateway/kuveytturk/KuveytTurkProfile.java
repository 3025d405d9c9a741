package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * KuveytTürk: its credential schema. The adapter comes with its issue; until then definitions
 * of this family can be prepared, not enabled.
 */
@ApplicationScoped
public class KuveytTurkProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.KUVEYT_TURK, "KuveytTürk", List.of(
            new CredentialField("merchantId", "Merchant id", false, true, "\\d{1,10}", "digits"),
            new CredentialField("customerId", "Customer id", false, true, "\\d{1,10}", "digits"),
            new CredentialField("userName", "API user name", false, true, "\\S{1,64}", "no spaces"),
            new CredentialField("password", "API password", true, true, "\\S{1,64}", "no spaces")),
            List.of("REGULAR", "THREE_D"),
            "https://boatest.kuveytturk.com.tr/boa.virtualpos.services/Home",
            "https://sanalpos.kuveytturk.com.tr/ServiceGateWay/Home");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
