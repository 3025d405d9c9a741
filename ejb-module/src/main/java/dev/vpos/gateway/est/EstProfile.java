package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import jakarta.enterprise.context.ApplicationScoped;

/** EST publishes its credential schema; its credentials need no checks beyond their formats. */
@ApplicationScoped
public class EstProfile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return EstCredentials.SCHEMA;
    }
}
