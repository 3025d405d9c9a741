package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** EST publishes its credential schema; its credentials need no checks beyond their formats. */
@ApplicationScoped
public class EstProfile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return EstCredentials.SCHEMA;
    }

    /** Every 3-D model signs the gate form and checks the bank's callback with the store key. */
    @Override
    public List<String> neededBy(PaymentModel model) {
        return model == PaymentModel.REGULAR ? List.of() : List.of(EstCredentials.STORE_KEY);
    }
}
