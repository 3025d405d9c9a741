package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Garanti BBVA GVP: its credential schema. The 3-D gate is derived from the API endpoint ({@code .../VPServlet} →
 * {@code .../servlet/gt3dengine}, true for the bank and the simulator) unless {@code gate3dUrl} names another one.
 */
@ApplicationScoped
public class GarantiProfile implements FamilyProfile {

    static final String TERMINAL_ID = "terminalId";
    static final String MERCHANT_ID = "merchantId";
    static final String PROVISION_USER = "provisionUser";
    static final String PROVISION_PASSWORD = "provisionPassword";
    static final String REFUND_USER = "refundUser";
    static final String REFUND_PASSWORD = "refundPassword";
    static final String STORE_KEY = "storeKey";
    static final String GATE_3D_URL = "gate3dUrl";
    static final String COMPANY_NAME = "companyName";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.GARANTI,
            "Garanti BBVA GVP",
            List.of(
                    new CredentialField(TERMINAL_ID, "Terminal id", false, true, "\\d{8}", "8 digits"),
                    new CredentialField(MERCHANT_ID, "Merchant id", false, true, "\\d{1,10}", "up to 10 digits"),
                    new CredentialField(PROVISION_USER, "Provision user", false, true, "[A-Z]{3,12}", "e.g. PROVAUT"),
                    new CredentialField(PROVISION_PASSWORD, "Provision password", true, true, "\\S{1,64}", "no spaces"),
                    new CredentialField(
                            REFUND_USER, "Refund user (void and refund)", false, false, "[A-Z]{3,12}", "e.g. PROVRFN"),
                    new CredentialField(REFUND_PASSWORD, "Refund password", true, false, "\\S{1,64}", "no spaces"),
                    new CredentialField(STORE_KEY, "Store key (3D)", true, false, "\\S{1,64}", "no spaces"),
                    new CredentialField(
                            GATE_3D_URL,
                            "3-D gate URL (if not <endpoint host>/servlet/gt3dengine)",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL"),
                    new CredentialField(
                            COMPANY_NAME,
                            "Company name on the bank's payment page (3D Host)",
                            false,
                            false,
                            "[\\p{L}\\p{N} .,&'-]{1,50}",
                            "up to 50 letters, digits, spaces")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY", "THREE_D_HOST"),
            "https://sanalposprovtest.garantibbva.com.tr/VPServlet",
            "https://sanalposprov.garanti.com.tr/VPServlet");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }

    /** Every 3-D model signs the gate form and checks the bank's callback with the store key. */
    @Override
    public List<String> neededBy(PaymentModel model) {
        return model == PaymentModel.REGULAR ? List.of() : List.of(STORE_KEY);
    }
}
