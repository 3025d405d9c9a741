package dev.vpos.simulator.payflex;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated PayFlex bank knows, from the classpath file {@code payflex/merchants.properties}:
 * {@code payflex.<merchantId>.password}, {@code .terminalNo}, {@code .name}.
 */
public final class PayFlexMerchants {

    public static final String RESOURCE = "/payflex/merchants.properties";
    private static final String PREFIX = "payflex.";
    private static final String PASSWORD_SUFFIX = ".password";

    /** One merchant at the bank. */
    public record Merchant(String merchantId, String password, String terminalNo, String name) {

        @Override
        public String toString() {
            return "Merchant[" + merchantId + ", terminal=" + terminalNo + "]";
        }
    }

    private final Map<String, Merchant> byId;

    public PayFlexMerchants(Map<String, Merchant> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static PayFlexMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        return from(p);
    }

    static PayFlexMerchants from(Properties p) {
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(PASSWORD_SUFFIX)) {
                String id = key.substring(PREFIX.length(), key.length() - PASSWORD_SUFFIX.length());
                String terminal = p.getProperty(PREFIX + id + ".terminalNo");
                if (terminal == null) {
                    throw new IllegalStateException(RESOURCE + ": " + PREFIX + id + ".terminalNo is missing");
                }
                merchants.put(
                        id,
                        new Merchant(
                                id,
                                p.getProperty(key).trim(),
                                terminal.trim(),
                                p.getProperty(PREFIX + id + ".name", id).trim()));
            }
        }
        return new PayFlexMerchants(merchants);
    }

    public Optional<Merchant> byId(String merchantId) {
        return Optional.ofNullable(byId.get(merchantId));
    }
}
