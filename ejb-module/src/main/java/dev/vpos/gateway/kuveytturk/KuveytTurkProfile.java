package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * KuveytTürk (KuveytPos, "TDV2.0.0"): its credential schema. The definition's endpoint is the payment base
 * ({@code .../Home}); the adapter appends {@code /Non3DPayGate}, {@code /ThreeDModelPayGate} and
 * {@code /ThreeDModelProvisionGate}. Cancel, refund and status go to the bank's SOAP service, on another host in
 * production: {@code serviceUrl} overrides the address derived from the endpoint.
 */
@ApplicationScoped
public class KuveytTurkProfile implements FamilyProfile {

    static final String MERCHANT_ID = "merchantId";
    static final String CUSTOMER_ID = "customerId";
    static final String USER_NAME = "userName";
    static final String PASSWORD = "password";
    static final String SERVICE_URL = "serviceUrl";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.KUVEYT_TURK,
            "KuveytTürk",
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
                            SERVICE_URL,
                            "SOAP service URL (cancel, refund, status); empty = derived from the endpoint",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "http(s) URL")),
            List.of("REGULAR", "THREE_D"),
            "https://boatest.kuveytturk.com.tr/boa.virtualpos.services/Home",
            "https://sanalpos.kuveytturk.com.tr/ServiceGateWay/Home");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }
}
