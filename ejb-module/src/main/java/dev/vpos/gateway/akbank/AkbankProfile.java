package dev.vpos.gateway.akbank;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Akbank's new virtual POS API publishes its credential schema; the 3-D models need the gateway's URL. */
@ApplicationScoped
public class AkbankProfile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return AkbankCredentials.SCHEMA;
    }

    @Override
    public List<String> neededBy(PaymentModel model) {
        return model == PaymentModel.REGULAR ? List.of() : List.of(AkbankCredentials.GATEWAY_URL);
    }
}
