package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.util.List;
import java.util.Optional;

/**
 * What a PayFor merchant gets from its bank. Names match the definition's credential schema. The store key
 * ("MerchantPass", the 3-D Secure key) is needed only for 3-D payments; the 3-D gate is derived from the API
 * endpoint ({@code .../XMLGate.aspx} → {@code .../Default.aspx}, {@code .../3DHost.aspx}).
 */
record PayForCredentials(
        String mbrId, String merchantId, String userCode, String userPassword, Optional<String> storeKey) {

    static final String MBR_ID = "mbrId";
    static final String MERCHANT_ID = "merchantId";
    static final String USER_CODE = "userCode";
    static final String USER_PASSWORD = "userPassword";
    static final String STORE_KEY = "storeKey";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.PAYFOR,
            "QNB Finansbank PayFor",
            List.of(
                    new CredentialField(
                            MBR_ID,
                            "Institution code (MbrId)",
                            false,
                            true,
                            "\\d{1,3}",
                            "5 for QNB Finansbank, 12 for Ziraat Katılım"),
                    new CredentialField(
                            MERCHANT_ID,
                            "Merchant id (MerchantId)",
                            false,
                            true,
                            "\\d{1,20}",
                            "up to 20 digits, e.g. 085300000009704"),
                    new CredentialField(
                            USER_CODE,
                            "API user code (UserCode)",
                            false,
                            true,
                            "[A-Za-z0-9_.-]{1,64}",
                            "letters, digits, _ . -"),
                    new CredentialField(
                            USER_PASSWORD, "API user password (UserPass)", true, true, "\\S{1,64}", "no spaces"),
                    new CredentialField(
                            STORE_KEY,
                            "3-D Secure key (MerchantPass / store key)",
                            true,
                            false,
                            "\\S{1,64}",
                            "no spaces; needed for 3-D payments")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY", "THREE_D_HOST"),
            "https://vpostest.qnbfinansbank.com/Gateway/XMLGate.aspx",
            "https://vpos.qnbfinansbank.com/Gateway/XMLGate.aspx");

    static PayForCredentials of(GatewayAccount account) {
        return new PayForCredentials(
                account.credential(MBR_ID),
                account.credential(MERCHANT_ID),
                account.credential(USER_CODE),
                account.credential(USER_PASSWORD),
                Optional.ofNullable(account.credentials().get(STORE_KEY)).filter(k -> !k.isBlank()));
    }

    @Override
    public String toString() {
        return "PayForCredentials[mbrId=" + mbrId + ", merchantId=" + merchantId + ", userCode=" + userCode + "]";
    }
}
