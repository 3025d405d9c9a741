package dev.vpos.gateway.garanti;

import static dev.vpos.gateway.garanti.GarantiProfile.*;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A definition's Garanti credentials. Void and refund go with the refund user and its password (the bank's rule);
 * everything else with the provision user. {@code toString()} never shows a secret.
 */
record GarantiCredentials(
        String terminalId,
        String merchantId,
        String provisionUser,
        String provisionPassword,
        Optional<String> refundUser,
        Optional<String> refundPassword,
        Optional<String> storeKey,
        URI gate3d,
        String companyName,
        String mode) {

    private static final String API_PATH = "/VPServlet";
    private static final String GATE_PATH = "/servlet/gt3dengine";

    static GarantiCredentials of(GatewayAccount account) {
        return new GarantiCredentials(
                account.credential(TERMINAL_ID),
                account.credential(MERCHANT_ID),
                account.credential(PROVISION_USER),
                account.credential(PROVISION_PASSWORD),
                optional(account, REFUND_USER),
                optional(account, REFUND_PASSWORD),
                optional(account, STORE_KEY),
                optional(account, GATE_3D_URL).map(URI::create).orElseGet(() -> gateBeside(account.endpoint())),
                optional(account, COMPANY_NAME).orElse(""),
                modeOf(account.endpoint()));
    }

    /** The user and password for a transaction type: the refund pair for void and refund. */
    Optional<User> userFor(String type) {
        if ("void".equals(type) || "refund".equals(type)) {
            return refundUser.flatMap(u -> refundPassword.map(p -> new User(u, p)));
        }
        return Optional.of(new User(provisionUser, provisionPassword));
    }

    record User(String name, String password) {
        @Override
        public String toString() {
            return "User[" + name + "]";
        }
    }

    /** {@code https://host/VPServlet} → {@code https://host/servlet/gt3dengine}; other paths get the gate at their root. */
    static URI gateBeside(URI endpoint) {
        String path = endpoint.getPath() == null ? "" : endpoint.getPath();
        String base = path.endsWith(API_PATH) ? path.substring(0, path.length() - API_PATH.length()) : "";
        return endpoint.resolve(base + GATE_PATH);
    }

    /** PROD on the bank's production hosts, TEST anywhere else (the bank's test host, the simulator). */
    static String modeOf(URI endpoint) {
        String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
        boolean bank = host.endsWith("garanti.com.tr") || host.endsWith("garantibbva.com.tr");
        return bank && !host.contains("test") ? "PROD" : "TEST";
    }

    private static Optional<String> optional(GatewayAccount account, String name) {
        return Optional.ofNullable(account.credentials().get(name)).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "GarantiCredentials[terminalId=" + terminalId + ", merchantId=" + merchantId + ", provisionUser="
                + provisionUser + ", refundUser=" + refundUser.orElse("-") + ", gate3d=" + gate3d + "]";
    }
}
