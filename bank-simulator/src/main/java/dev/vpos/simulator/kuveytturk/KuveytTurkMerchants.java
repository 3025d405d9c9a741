package dev.vpos.simulator.kuveytturk;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated KuveytTürk bank knows, from the classpath file {@code /kuveytturk/merchants.properties}:
 * {@code merchant.<MerchantId>.customerId}, {@code .userName}, {@code .password}.
 */
public final class KuveytTurkMerchants {

    public static final String RESOURCE = "/kuveytturk/merchants.properties";

    /** One merchant at the bank; {@link #toString()} hides the password. */
    public record Merchant(String merchantId, String customerId, String userName, String password) {

        public String hashedPassword() {
            return KuveytTurkHashes.sha1Base64(password);
        }

        @Override
        public String toString() {
            return "Merchant[" + merchantId + ", customer=" + customerId + ", user=" + userName + "]";
        }
    }

    private final Map<String, Merchant> byId;

    public KuveytTurkMerchants(Map<String, Merchant> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static KuveytTurkMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("merchant.") && key.endsWith(".userName")) {
                String id = key.substring("merchant.".length(), key.length() - ".userName".length());
                merchants.put(
                        id,
                        new Merchant(
                                id,
                                required(p, id, "customerId"),
                                p.getProperty(key).trim(),
                                required(p, id, "password")));
            }
        }
        return new KuveytTurkMerchants(merchants);
    }

    private static String required(Properties p, String id, String what) {
        return MerchantFile.required(p, RESOURCE, "merchant." + id + "." + what);
    }

    /** The merchant when MerchantId, CustomerId and UserName all match what the bank has. */
    public Optional<Merchant> identify(String merchantId, String customerId, String userName) {
        return Optional.ofNullable(byId.get(merchantId))
                .filter(m -> m.customerId().equals(customerId) && m.userName().equals(userName));
    }
}
