package dev.vpos.gateway.posnetv1;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** PosNet V1 publishes its credential schema; the 3-D model needs the 3-D page's URL. */
@ApplicationScoped
public class PosNetV1Profile implements FamilyProfile {

    @Override
    public CredentialSchema credentialSchema() {
        return PosNetV1Credentials.SCHEMA;
    }

    @Override
    public List<String> neededBy(PaymentModel model) {
        return model == PaymentModel.REGULAR ? List.of() : List.of(PosNetV1Credentials.GATEWAY_URL);
    }
}
