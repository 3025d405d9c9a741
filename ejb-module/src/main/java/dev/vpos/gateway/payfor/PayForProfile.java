package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import jakarta.enterprise.context.ApplicationScoped;

/** QNB Finansbank PayFor publishes its credential schema ({@link PayForCredentials#SCHEMA}). */
@ApplicationScoped
public class PayForProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = PayForCredentials.SCHEMA;

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
