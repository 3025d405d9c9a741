package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The credentials an EST/NestPay merchant gets from its bank. Names match the definition's credential schema.
 * The store key signs the 3-D forms and verifies the bank's callbacks: optional for REGULAR, needed by the 3-D
 * models (the schema cannot say "required for some models", so the adapter refuses a 3-D payment without it).
 * The 3-D gate is, at every EST bank, the API endpoint's sibling {@code /fim/est3Dgate}; {@code gate3dUrl}
 * overrides it for a bank that differs (e.g. Akbank's separate 3D Host server).
 */
record EstCredentials(
        String apiUser, String password, String clientId, Optional<String> storeKey, Optional<String> gate3dUrl) {

    static final String API_USER = "apiUser";
    static final String PASSWORD = "password";
    static final String CLIENT_ID = "clientId";
    static final String STORE_KEY = "storeKey";
    static final String GATE_3D_URL = "gate3dUrl";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.EST,
            "EST / NestPay (Payten) ver3",
            List.of(
                    new CredentialField(
                            API_USER, "API user", false, true, "[A-Za-z0-9_.@-]{1,64}", "letters, digits, _ . @ -"),
                    new CredentialField(
                            PASSWORD, "API password", true, true, "\\S{1,64}", "1–64 characters, no spaces"),
                    new CredentialField(CLIENT_ID, "Client (merchant) id", false, true, "\\d{5,20}", "5–20 digits"),
                    new CredentialField(
                            STORE_KEY,
                            "Store key (required for 3D, 3D Pay and 3D Host)",
                            true,
                            false,
                            "\\S{1,64}",
                            "1–64 characters, no spaces"),
                    new CredentialField(
                            GATE_3D_URL,
                            "3-D gate URL (optional; default: the endpoint's /fim/est3Dgate)",
                            false,
                            false,
                            "https?://\\S{1,300}",
                            "an http(s) URL")),
            List.of("REGULAR", "THREE_D", "THREE_D_PAY", "THREE_D_HOST"),
            "https://entegrasyon.asseco-see.com.tr/fim/api",
            "https://<bank host>/fim/api");

    static EstCredentials of(GatewayAccount account) {
        return new EstCredentials(
                account.credential(API_USER),
                account.credential(PASSWORD),
                account.credential(CLIENT_ID),
                optional(account, STORE_KEY),
                optional(account, GATE_3D_URL));
    }

    /** The 3-D gate: {@code gate3dUrl} when set, else the endpoint with {@code /fim/api} replaced by {@code /fim/est3Dgate}. */
    URI gate(URI endpoint) {
        if (gate3dUrl.isPresent()) {
            return URI.create(gate3dUrl.get());
        }
        String path = endpoint.getPath() == null ? "" : endpoint.getPath();
        String gatePath = path.endsWith("/api")
                ? path.substring(0, path.length() - "api".length()) + "est3Dgate"
                : path + (path.endsWith("/") ? "" : "/") + "est3Dgate";
        return endpoint.resolve(gatePath);
    }

    private static Optional<String> optional(GatewayAccount account, String name) {
        return Optional.ofNullable(account.credentials().get(name)).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "EstCredentials[apiUser=" + apiUser + ", clientId=" + clientId + ", storeKey="
                + (storeKey.isPresent() ? "***" : "-") + "]";
    }
}
