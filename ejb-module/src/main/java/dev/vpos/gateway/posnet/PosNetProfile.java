package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * YapıKredi PosNet: its credential schema. The adapter comes with its issue; until then definitions
 * of this family can be prepared, not enabled.
 */
@ApplicationScoped
public class PosNetProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.POSNET, "YapıKredi PosNet", List.of(
            new CredentialField("merchantNo", "Merchant no (MID)", false, true, "\\d{10}", "10 digits"),
            new CredentialField("terminalNo", "Terminal no (TID)", false, true, "\\d{8}", "8 digits"),
            new CredentialField("posnetId", "PosNet id (3D)", false, false, "\\d{1,10}", "digits"),
            new CredentialField("encryptionKey", "Encryption key (3D)", true, false, "[0-9,]{8,64}", "digits and commas, e.g. 10,10,10,10,10,10,10,10")),
            List.of("REGULAR", "THREE_D"),
            "https://setmpos.ykb.com/PosnetWebService/XML",
            "https://posnet.yapikredi.com.tr/PosnetWebService/XML");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
