package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import jakarta.enterprise.context.ApplicationScoped;

/** Param publishes its credential schema ({@link ParamCredentials#SCHEMA}); both models need all four credentials. */
@ApplicationScoped
public class ParamProfile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return ParamCredentials.SCHEMA;
    }
}
