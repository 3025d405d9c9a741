package dev.vpos.gateway.interpos;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Denizbank InterPOS publishes its credential schema; the 3-D models need the store key. */
@ApplicationScoped
public class InterPosProfile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return InterPosCredentials.SCHEMA;
    }

    @Override
    public List<String> neededBy(PaymentModel model) {
        return model == PaymentModel.REGULAR ? List.of() : List.of(InterPosCredentials.STORE_KEY);
    }
}
