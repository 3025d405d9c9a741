package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.util.List;

/**
 * What a Param (TurkPos) merchant gets: its terminal number ({@code CLIENT_CODE}), a web-service user and password
 * (the {@code G} block of every SOAP request) and the merchant key {@code GUID}, which travels in every request and
 * keys every hash. Names match the definition's credential schema. The endpoint is the TurkPos service's address
 * ({@code .../turkpos.ws/service_turkpos_test.asmx} test, {@code .../service_turkpos_prod.asmx} live).
 */
record ParamCredentials(String clientCode, String clientUsername, String clientPassword, String guid) {

    static final String CLIENT_CODE = "clientCode";
    static final String CLIENT_USERNAME = "clientUsername";
    static final String CLIENT_PASSWORD = "clientPassword";
    static final String GUID = "guid";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.PARAM,
            "Param (TurkPos)",
            List.of(
                    new CredentialField(
                            CLIENT_CODE,
                            "Terminal number (CLIENT_CODE)",
                            false,
                            true,
                            "\\d{1,12}",
                            "digits, e.g. 10738"),
                    new CredentialField(
                            CLIENT_USERNAME,
                            "Web service user (CLIENT_USERNAME)",
                            false,
                            true,
                            "[A-Za-z0-9_.-]{1,64}",
                            "letters, digits, _ . -"),
                    new CredentialField(
                            CLIENT_PASSWORD,
                            "Web service password (CLIENT_PASSWORD)",
                            true,
                            true,
                            "\\S{1,64}",
                            "no spaces"),
                    new CredentialField(
                            GUID,
                            "Merchant key (GUID, keys every hash)",
                            true,
                            true,
                            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}",
                            "a GUID: 8-4-4-4-12 hexadecimal digits")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY", "THREE_D_HOST"),
            "https://test-dmz.param.com.tr/turkpos.ws/service_turkpos_test.asmx",
            "https://posws.param.com.tr/turkpos.ws/service_turkpos_prod.asmx");

    static ParamCredentials of(GatewayAccount account) {
        return new ParamCredentials(
                account.credential(CLIENT_CODE),
                account.credential(CLIENT_USERNAME),
                account.credential(CLIENT_PASSWORD),
                account.credential(GUID));
    }

    @Override
    public String toString() {
        return "ParamCredentials[clientCode=" + clientCode + ", clientUsername=" + clientUsername + "]";
    }
}
