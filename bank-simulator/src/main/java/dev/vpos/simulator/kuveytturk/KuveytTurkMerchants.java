package dev.vpos.simulator.kuveytturk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        Properties p = new Properties();
        try (InputStream in = KuveytTurkMerchants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("merchant.") && key.endsWith(".userName")) {
                String id = key.substring("merchant.".length(), key.length() - ".userName".length());
                merchants.put(id, new Merchant(id, required(p, id, "customerId"), p.getProperty(key).trim(),
                        required(p, id, "password")));
            }
        }
        return new KuveytTurkMerchants(merchants);
    }

    private static String required(Properties p, String id, String what) {
        String v = p.getProperty("merchant." + id + "." + what);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": merchant." + id + "." + what + " is missing");
        }
        return v.trim();
    }

    /** The merchant when MerchantId, CustomerId and UserName all match what the bank has. */
    public Optional<Merchant> identify(String merchantId, String customerId, String userName) {
        return Optional.ofNullable(byId.get(merchantId))
                .filter(m -> m.customerId().equals(customerId) && m.userName().equals(userName));
    }
}
