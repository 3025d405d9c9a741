package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * QNB Finansbank PayFor: its credential schema. The adapter comes with its issue; until then definitions
 * of this family can be prepared, not enabled.
 */
@ApplicationScoped
public class PayForProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.PAYFOR, "QNB Finansbank PayFor", List.of(
            new CredentialField("mbrId", "Institution code (MbrId)", false, true, "\\d{1,3}", "5 for QNB Finansbank"),
            new CredentialField("merchantId", "Merchant id", false, true, "\\d{1,10}", "digits"),
            new CredentialField("userCode", "User code", false, true, "[A-Za-z0-9_.-]{1,64}", "letters, digits, _ . -"),
            new CredentialField("userPassword", "User password", true, true, "\\S{1,64}", "no spaces"),
            new CredentialField("storeKey", "Merchant pass / store key (3D)", true, false, "\\S{1,64}", "no spaces")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY", "THREE_D_HOST"),
            "https://vpostest.qnbfinansbank.com/Gateway/XMLGate.aspx",
            "https://vpos.qnbfinansbank.com/Gateway/XMLGate.aspx");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
