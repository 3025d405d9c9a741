package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * YapıKredi PosNet (XML {@code posnetRequest}): its credential schema. PosNet offers the regular (MOTO) model and the
 * 3D model (OOS: the bank encrypts, authenticates, the merchant resolves and provisions); it has no 3D Pay and no
 * 3D Host in the XML protocol.
 */
@ApplicationScoped
public class PosNetProfile implements FamilyProfile {

    static final String MERCHANT_NO = "merchantNo";
    static final String TERMINAL_NO = "terminalNo";
    static final String POSNET_ID = "posnetId";
    static final String ENCRYPTION_KEY = "encryptionKey";
    static final String GATE_3D_URL = "gate3dUrl";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.POSNET,
            "YapıKredi PosNet",
            List.of(
                    new CredentialField(MERCHANT_NO, "Merchant no (MID)", false, true, "\\d{10}", "10 digits"),
                    new CredentialField(TERMINAL_NO, "Terminal no (TID)", false, true, "\\d{8}", "8 digits"),
                    new CredentialField(POSNET_ID, "PosNet id (3D)", false, false, "\\d{1,10}", "digits"),
                    new CredentialField(
                            ENCRYPTION_KEY,
                            "Encryption key (3D)",
                            true,
                            false,
                            "[0-9,]{8,64}",
                            "digits and commas, e.g. 10,10,10,10,10,10,10,10"),
                    new CredentialField(
                            GATE_3D_URL,
                            "3-D gate URL (YKBPaymentService)",
                            false,
                            false,
                            "https?://\\S{3,300}",
                            "optional; default: the endpoint's host with /3DSWebService/YKBPaymentService")),
            List.of("REGULAR", "THREE_D"),
            "https://setmpos.ykb.com/PosnetWebService/XML",
            "https://posnet.yapikredi.com.tr/PosnetWebService/XML");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }

    /** The 3D model (OOS) asks the bank to encrypt the payment with the PosNet id and resolves it with the key. */
    @Override
    public List<String> neededBy(PaymentModel model) {
        return model == PaymentModel.THREE_D ? List.of(POSNET_ID, ENCRYPTION_KEY) : List.of();
    }
}
