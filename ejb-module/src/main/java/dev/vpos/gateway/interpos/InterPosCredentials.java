package dev.vpos.gateway.interpos;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.util.List;
import java.util.Optional;

/**
 * What a Denizbank InterPOS merchant gets: its shop code ({@code ShopCode}), the API user and password
 * ({@code UserCode}, {@code UserPass}: every server-to-server request carries them) and the store key (mews/pos's
 * "merchantPass"), which signs the 3-D form and checks the bank's callback; only the 3-D models need it.
 */
record InterPosCredentials(String shopCode, String userCode, String userPass, Optional<String> storeKey) {

    static final String SHOP_CODE = "shopCode";
    static final String USER_CODE = "userCode";
    static final String USER_PASS = "userPass";
    static final String STORE_KEY = "storeKey";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.INTERPOS,
            "Denizbank InterPOS",
            List.of(
                    new CredentialField(
                            SHOP_CODE, "Shop code (ShopCode)", false, true, "[0-9]{1,20}", "digits, e.g. 3123"),
                    new CredentialField(
                            USER_CODE,
                            "API user (UserCode)",
                            false,
                            true,
                            "[0-9A-Za-z_.-]{1,64}",
                            "letters, digits, _ . -"),
                    new CredentialField(
                            USER_PASS, "API password (UserPass)", true, true, "\\S{1,64}", "1 to 64 characters"),
                    new CredentialField(
                            STORE_KEY,
                            "Store key (signs the 3-D form, checks the callback)",
                            true,
                            false,
                            "\\S{1,128}",
                            "1 to 128 characters; needed for 3-D payments")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY", "THREE_D_HOST"),
            "https://test.inter-vpos.com.tr/mpi/Default.aspx",
            "https://inter-vpos.com.tr/mpi/Default.aspx");

    static InterPosCredentials of(GatewayAccount account) {
        return new InterPosCredentials(
                account.credential(SHOP_CODE),
                account.credential(USER_CODE),
                account.credential(USER_PASS),
                Optional.ofNullable(account.credentials().get(STORE_KEY)).filter(k -> !k.isBlank()));
    }

    @Override
    public String toString() {
        return "InterPosCredentials[shopCode=" + shopCode + ", userCode=" + userCode + "]";
    }
}
