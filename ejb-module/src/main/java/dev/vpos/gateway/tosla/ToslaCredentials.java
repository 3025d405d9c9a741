package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.util.List;

/**
 * What a Tosla (Tosla İşim, formerly AkÖde) merchant gets: its client id, an API user and that user's password. The
 * password signs every request ({@code hash}) and checks the 3-D callback; it never travels itself. Names match the
 * definition's credential schema. The endpoint is the payment API's base ({@code .../api/Payment}); every operation
 * and the 3-D pages are paths below it.
 */
record ToslaCredentials(String clientId, String apiUser, String apiPass) {

    static final String CLIENT_ID = "clientId";
    static final String API_USER = "apiUser";
    static final String API_PASS = "apiPass";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.TOSLA,
            "Tosla",
            List.of(
                    new CredentialField(
                            CLIENT_ID, "Client id (ClientId)", false, true, "\\d{1,20}", "digits, e.g. 1000000494"),
                    new CredentialField(
                            API_USER,
                            "API user (ApiUser)",
                            false,
                            true,
                            "[A-Za-z0-9_.-]{1,64}",
                            "letters, digits, _ . -"),
                    new CredentialField(
                            API_PASS,
                            "API password (ApiPass, signs every request)",
                            true,
                            true,
                            "\\S{1,128}",
                            "no spaces")),
            List.of("REGULAR", "THREE_D_PAY", "THREE_D_HOST"),
            "https://prepentegrasyon.tosla.com/api/Payment",
            "https://entegrasyon.tosla.com/api/Payment");

    static ToslaCredentials of(GatewayAccount account) {
        return new ToslaCredentials(
                account.credential(CLIENT_ID), account.credential(API_USER), account.credential(API_PASS));
    }

    @Override
    public String toString() {
        return "ToslaCredentials[clientId=" + clientId + ", apiUser=" + apiUser + "]";
    }
}
