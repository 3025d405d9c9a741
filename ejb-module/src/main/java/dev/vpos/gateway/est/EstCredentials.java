package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.util.List;

/** The credentials an EST/NestPay merchant gets from its bank. Names match the definition's credential schema. */
record EstCredentials(String apiUser, String password, String clientId) {

    static final String API_USER = "apiUser";
    static final String PASSWORD = "password";
    static final String CLIENT_ID = "clientId";
    static final String STORE_KEY = "storeKey";

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.EST, "EST / NestPay (Payten) ver3", List.of(
            new CredentialField(API_USER, "API user", false, true, "[A-Za-z0-9_.@-]{1,64}", "letters, digits, _ . @ -"),
            new CredentialField(PASSWORD, "API password", true, true, "\\S{1,64}", "1–64 characters, no spaces"),
            new CredentialField(CLIENT_ID, "Client (merchant) id", false, true, "\\d{5,20}", "5–20 digits"),
            new CredentialField(STORE_KEY, "Store key (3D)", true, false, "\\S{1,64}", "1–64 characters, no spaces")),
            List.of("REGULAR"),
            "https://entegrasyon.asseco-see.com.tr/fim/api", "https://<bank host>/fim/api");

    static EstCredentials of(GatewayAccount account) {
        return new EstCredentials(account.credential(API_USER), account.credential(PASSWORD), account.credential(CLIENT_ID));
    }

    @Override
    public String toString() {
        return "EstCredentials[apiUser=" + apiUser + ", clientId=" + clientId + "]";
    }
}
