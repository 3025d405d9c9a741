package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** QNB Finansbank PayFor publishes its credential schema ({@link PayForCredentials#SCHEMA}). */
@ApplicationScoped
public class PayForProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = PayForCredentials.SCHEMA;

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }

    /** Every 3-D model signs the gate form and checks the bank's callback with the store key. */
    @Override
    public List<String> neededBy(PaymentModel model) {
        return model == PaymentModel.REGULAR ? List.of() : List.of(PayForCredentials.STORE_KEY);
    }
}
