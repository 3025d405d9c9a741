package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;
import java.util.Optional;

/**
 * A PosNet merchant's credentials: merchant (MID) and terminal (TID) numbers for every call; the PosNet id and the
 * encryption key (ENCKEY) for 3-D Secure. {@link #toString()} never shows the key.
 */
record PosNetCredentials(
        String merchantNo, String terminalNo, Optional<String> posnetId, Optional<String> encryptionKey, URI gate3d) {

    static final String API_PATH = "/PosnetWebService/XML";
    static final String GATE_PATH = "/3DSWebService/YKBPaymentService";

    static PosNetCredentials of(GatewayAccount account) {
        return new PosNetCredentials(
                account.credential(PosNetProfile.MERCHANT_NO),
                account.credential(PosNetProfile.TERMINAL_NO),
                optional(account, PosNetProfile.POSNET_ID),
                optional(account, PosNetProfile.ENCRYPTION_KEY),
                optional(account, PosNetProfile.GATE_3D_URL)
                        .map(URI::create)
                        .orElseGet(() -> gateFor(account.endpoint())));
    }

    /**
     * The bank's 3-D gate beside its XML endpoint: {@code .../PosnetWebService/XML} becomes
     * {@code .../3DSWebService/YKBPaymentService} on the same host (and under the same prefix, as on the simulator);
     * any other endpoint gets the gate path at its host's root.
     */
    static URI gateFor(URI endpoint) {
        String path = endpoint.getPath() == null ? "" : endpoint.getPath();
        String prefix = path.endsWith(API_PATH) ? path.substring(0, path.length() - API_PATH.length()) : "";
        return endpoint.resolve(prefix + GATE_PATH);
    }

    boolean canDoThreeDs() {
        return posnetId.isPresent() && encryptionKey.isPresent();
    }

    private static Optional<String> optional(GatewayAccount account, String name) {
        return Optional.ofNullable(account.credentials().get(name)).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "PosNetCredentials[merchantNo=" + merchantNo + ", terminalNo=" + terminalNo + ", posnetId="
                + posnetId.orElse("-") + ", gate3d=" + gate3d + "]";
    }
}
