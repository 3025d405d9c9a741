package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Vakıf Katılım (VirtualPOS.Gateway, APIVersion 1.0.0): its credential schema. The definition's endpoint is the gates'
 * base ({@code https://boa.vakifkatilim.com.tr/VirtualPOS.Gateway/Home}); the adapter appends each gate's name, and
 * the common payment page (3D Host) sits beside it ({@code .../VirtualPOS.Gateway/CommonPaymentPage/CommonPaymentPage}).
 */
@ApplicationScoped
public class VakifKatilimProfile implements FamilyProfile {

    static final String MERCHANT_ID = "merchantId";
    static final String CUSTOMER_ID = "customerId";
    static final String USER_NAME = "userName";
    static final String PASSWORD = "password";
    static final String SUB_MERCHANT_ID = "subMerchantId";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.VAKIF_KATILIM,
            "Vakıf Katılım",
            List.of(
                    new CredentialField(MERCHANT_ID, "Merchant id (MerchantId)", false, true, "\\d{1,10}", "digits"),
                    new CredentialField(
                            CUSTOMER_ID,
                            "Customer id (CustomerId, the merchant's account number)",
                            false,
                            true,
                            "\\d{1,10}",
                            "digits"),
                    new CredentialField(USER_NAME, "API user name", false, true, "\\S{1,64}", "no spaces"),
                    new CredentialField(PASSWORD, "API password", true, true, "\\S{1,64}", "no spaces"),
                    new CredentialField(
                            SUB_MERCHANT_ID, "Sub-merchant id (empty = 0)", false, false, "\\d{1,10}", "digits")),
            List.of("REGULAR", "THREE_D", "THREE_D_HOST"),
            "https://boa.vakifkatilim.com.tr/VirtualPOS.Gateway/Home",
            "https://boa.vakifkatilim.com.tr/VirtualPOS.Gateway/Home");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
