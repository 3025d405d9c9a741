package dev.vpos.simulator.payflexcp;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated Common Payment knows, from {@code payflexcp/merchants.properties}:
 * {@code payflexcp.<HostMerchantId>.password}, {@code .terminalId}, {@code .name}.
 */
public final class PayFlexCpMerchants {

    public static final String RESOURCE = "/payflexcp/merchants.properties";
    private static final String PREFIX = "payflexcp.";
    private static final String PASSWORD_SUFFIX = ".password";

    /** One merchant at the bank. */
    public record Merchant(String merchantId, String password, String terminalId, String name) {

        @Override
        public String toString() {
            return "Merchant[" + merchantId + ", terminal=" + terminalId + "]";
        }
    }

    private final Map<String, Merchant> byId;

    public PayFlexCpMerchants(Map<String, Merchant> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static PayFlexCpMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(PASSWORD_SUFFIX)) {
                String id = key.substring(PREFIX.length(), key.length() - PASSWORD_SUFFIX.length());
                String terminal = MerchantFile.required(p, RESOURCE, PREFIX + id + ".terminalId");
                merchants.put(
                        id,
                        new Merchant(
                                id,
                                p.getProperty(key).trim(),
                                terminal.trim(),
                                p.getProperty(PREFIX + id + ".name", id).trim()));
            }
        }
        return new PayFlexCpMerchants(merchants);
    }

    public Optional<Merchant> byId(String merchantId) {
        return Optional.ofNullable(byId.get(merchantId));
    }
}
