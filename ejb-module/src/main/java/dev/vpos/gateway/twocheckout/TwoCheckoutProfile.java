package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * 2Checkout (Verifone): its credential schema. The adapter comes with its issue; until then definitions
 * of this family can be prepared, not enabled.
 */
@ApplicationScoped
public class TwoCheckoutProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.TWOCHECKOUT, "2Checkout (Verifone)", List.of(
            new CredentialField("merchantCode", "Merchant code", false, true, "[A-Za-z0-9]{1,20}", "letters and digits"),
            new CredentialField("secretKey", "Secret key (IPN/INS)", true, true, "\\S{8,128}", "8–128 characters, no spaces")),
            List.of("THREE_D_HOST"),
            "https://secure.2checkout.com/checkout/buy",
            "https://secure.2checkout.com/checkout/buy");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
