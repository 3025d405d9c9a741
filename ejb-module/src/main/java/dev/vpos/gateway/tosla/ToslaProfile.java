package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tosla publishes its credential schema ({@link ToslaCredentials#SCHEMA}); every model needs the same three
 * credentials, all required.
 */
@ApplicationScoped
public class ToslaProfile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return ToslaCredentials.SCHEMA;
    }
}
