package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Garanti BBVA GVP: its credential schema. The adapter comes with its issue; until then definitions
 * of this family can be prepared, not enabled.
 */
@ApplicationScoped
public class GarantiProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.GARANTI, "Garanti BBVA GVP", List.of(
            new CredentialField("terminalId", "Terminal id", false, true, "\\d{8}", "8 digits"),
            new CredentialField("merchantId", "Merchant id", false, true, "\\d{1,10}", "up to 10 digits"),
            new CredentialField("provisionUser", "Provision user", false, true, "[A-Z]{3,12}", "e.g. PROVAUT"),
            new CredentialField("provisionPassword", "Provision password", true, true, "\\S{1,64}", "no spaces"),
            new CredentialField("refundUser", "Refund user", false, false, "[A-Z]{3,12}", "e.g. PROVRFN"),
            new CredentialField("refundPassword", "Refund password", true, false, "\\S{1,64}", "no spaces"),
            new CredentialField("storeKey", "Store key (3D)", true, false, "\\S{1,64}", "no spaces")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY"),
            "https://sanalposprovtest.garantibbva.com.tr/VPServlet",
            "https://sanalposprov.garanti.com.tr/VPServlet");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
