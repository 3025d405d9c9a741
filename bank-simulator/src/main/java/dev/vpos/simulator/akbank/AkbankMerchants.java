package dev.vpos.simulator.akbank;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The merchants of the simulated Akbank API, from {@code akbank/merchants.properties}. */
public final class AkbankMerchants {

    public static final String RESOURCE = "/akbank/merchants.properties";
    private static final String PREFIX = "akbank.";
    private static final String TERMINAL_SUFFIX = ".terminalSafeId";

    /** One merchant at the bank; {@link #toString()} hides the secret key. */
    public record Merchant(String merchantSafeId, String terminalSafeId, String secretKey, String name) {

        @Override
        public String toString() {
            return "Merchant[merchantSafeId=" + merchantSafeId + "]";
        }
    }

    private final Map<String, Merchant> byId;

    public AkbankMerchants(Map<String, Merchant> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static AkbankMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(TERMINAL_SUFFIX)) {
                String id = key.substring(PREFIX.length(), key.length() - TERMINAL_SUFFIX.length());
                merchants.put(
                        id,
                        new Merchant(
                                id,
                                p.getProperty(key).trim(),
                                MerchantFile.required(p, RESOURCE, PREFIX + id + ".secretKey"),
                                p.getProperty(PREFIX + id + ".name", "AKBANK TEST ISYERI")
                                        .trim()));
            }
        }
        return new AkbankMerchants(merchants);
    }

    /** The merchant with this terminal. */
    public Optional<Merchant> find(String merchantSafeId, String terminalSafeId) {
        return Optional.ofNullable(byId.get(merchantSafeId))
                .filter(m -> m.terminalSafeId().equals(terminalSafeId));
    }
}
