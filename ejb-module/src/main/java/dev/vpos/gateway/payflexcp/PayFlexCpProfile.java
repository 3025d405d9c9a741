package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import jakarta.enterprise.context.ApplicationScoped;

/** VakıfBank Common Payment: its credential schema ({@link PayFlexCpCredentials#SCHEMA}); 3D Pay and 3D Host only. */
@ApplicationScoped
public class PayFlexCpProfile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return PayFlexCpCredentials.SCHEMA;
    }
}
