package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * VakıfBank PayFlex: its credential schema. The adapter comes with its issue; until then definitions
 * of this family can be prepared, not enabled.
 */
@ApplicationScoped
public class PayFlexProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.PAYFLEX, "VakıfBank PayFlex", List.of(
            new CredentialField("merchantId", "Merchant id", false, true, "\\d{1,20}", "digits"),
            new CredentialField("terminalNo", "Terminal no", false, true, "[A-Za-z0-9]{1,20}", "letters and digits"),
            new CredentialField("password", "Password", true, true, "\\S{1,64}", "no spaces")),
            List.of("REGULAR", "THREE_D"),
            "https://onlineodemetest.vakifbank.com.tr:4443/VposService/v3/Vposreq.aspx",
            "https://onlineodeme.vakifbank.com.tr:4443/VposService/v3/Vposreq.aspx");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
