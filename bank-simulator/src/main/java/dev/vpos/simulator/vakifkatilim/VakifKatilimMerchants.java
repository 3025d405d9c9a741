package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated Vakıf Katılım bank knows, from the classpath file
 * {@code /vakifkatilim/merchants.properties}: {@code merchant.<MerchantId>.customerId}, {@code .userName},
 * {@code .password}.
 */
public final class VakifKatilimMerchants {

    public static final String RESOURCE = "/vakifkatilim/merchants.properties";

    /** One merchant at the bank; {@link #toString()} hides the password. */
    public record Merchant(String merchantId, String customerId, String userName, String password) {

        public String hashedPassword() {
            return VakifKatilimHashes.sha1Base64(password);
        }

        @Override
        public String toString() {
            return "Merchant[" + merchantId + ", customer=" + customerId + ", user=" + userName + "]";
        }
    }

    private final Map<String, Merchant> byId;

    public VakifKatilimMerchants(Map<String, Merchant> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static VakifKatilimMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("merchant.") && key.endsWith(".userName")) {
                String id = key.substring("merchant.".length(), key.length() - ".userName".length());
                merchants.put(
                        id,
                        new Merchant(
                                id,
                                MerchantFile.required(p, RESOURCE, "merchant." + id + ".customerId"),
                                p.getProperty(key).trim(),
                                MerchantFile.required(p, RESOURCE, "merchant." + id + ".password")));
            }
        }
        return new VakifKatilimMerchants(merchants);
    }

    /** The merchant when MerchantId, CustomerId and UserName all match what the bank has. */
    public Optional<Merchant> identify(String merchantId, String customerId, String userName) {
        return Optional.ofNullable(byId.get(merchantId))
                .filter(m -> m.customerId().equals(customerId) && m.userName().equals(userName));
    }

    /** The merchant of a common payment page request, which names no CustomerId. */
    public Optional<Merchant> identify(String merchantId, String userName) {
        return Optional.ofNullable(byId.get(merchantId))
                .filter(m -> m.userName().equals(userName));
    }
}
