package dev.vpos.simulator.paymaster;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The sites the simulated PayMaster knows, from {@code paymaster/merchants.properties}:
 * {@code paymaster.<merchantId>.secretKey}, {@code .hashAlgorithm} (MD5, SHA1 or SHA256: the notification's LMI_HASH),
 * {@code .apiLogin} / {@code .apiPassword} (the REST API user), {@code .name}, {@code .preRequest} (send the Invoice
 * Confirmation; default true) and, optionally, {@code .notificationUrl} (used when the form names none).
 */
public final class PayMasterMerchants {

    public static final String RESOURCE = "/paymaster/merchants.properties";
    private static final String PREFIX = "paymaster.";
    private static final String KEY_SUFFIX = ".secretKey";

    /** One site. */
    public record Merchant(
            String merchantId,
            String secretKey,
            String hashAlgorithm,
            String apiLogin,
            String apiPassword,
            String name,
            boolean preRequest,
            String notificationUrl) {

        @Override
        public String toString() {
            return "Merchant[" + merchantId + ", " + hashAlgorithm + "]";
        }
    }

    private final Map<String, Merchant> byId;

    public PayMasterMerchants(Map<String, Merchant> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static PayMasterMerchants fromClasspath() {
        return from(MerchantFile.load(RESOURCE));
    }

    static PayMasterMerchants from(Properties p) {
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(KEY_SUFFIX)) {
                String id = key.substring(PREFIX.length(), key.length() - KEY_SUFFIX.length());
                String algorithm = MerchantFile.required(p, RESOURCE, PREFIX + id + ".hashAlgorithm")
                        .toUpperCase(Locale.ROOT);
                if (!algorithm.matches("MD5|SHA1|SHA256")) {
                    throw new IllegalStateException(
                            RESOURCE + ": " + PREFIX + id + ".hashAlgorithm must be MD5, SHA1 or SHA256");
                }
                merchants.put(
                        id,
                        new Merchant(
                                id,
                                p.getProperty(key).trim(),
                                algorithm,
                                MerchantFile.required(p, RESOURCE, PREFIX + id + ".apiLogin"),
                                MerchantFile.required(p, RESOURCE, PREFIX + id + ".apiPassword"),
                                p.getProperty(PREFIX + id + ".name", id).trim(),
                                !"false"
                                        .equalsIgnoreCase(p.getProperty(PREFIX + id + ".preRequest", "true")
                                                .trim()),
                                p.getProperty(PREFIX + id + ".notificationUrl", "")
                                        .trim()));
            }
        }
        return new PayMasterMerchants(merchants);
    }

    public Optional<Merchant> byId(String merchantId) {
        return Optional.ofNullable(merchantId == null ? null : byId.get(merchantId));
    }

    public Optional<Merchant> byApiLogin(String login) {
        return byId.values().stream().filter(m -> m.apiLogin().equals(login)).findFirst();
    }
}
