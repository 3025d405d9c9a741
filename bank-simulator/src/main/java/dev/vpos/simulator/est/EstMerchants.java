package dev.vpos.simulator.est;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants this simulated EST bank knows, from {@code est-merchants.properties}:
 * {@code <clientId>.user}, {@code <clientId>.password}, {@code <clientId>.storeKey}.
 */
public final class EstMerchants {

    /** One merchant's credentials at the bank. */
    public record Merchant(String clientId, String user, String password, String storeKey) {
    }

    private final Map<String, Merchant> byClientId;

    public EstMerchants(Map<String, Merchant> byClientId) {
        this.byClientId = Map.copyOf(byClientId);
    }

    public static EstMerchants load() {
        Properties p = new Properties();
        try (InputStream in = EstMerchants.class.getResourceAsStream("/est-merchants.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".user")) {
                String id = key.substring(0, key.length() - ".user".length());
                merchants.put(id, new Merchant(id, p.getProperty(key), p.getProperty(id + ".password"),
                        p.getProperty(id + ".storeKey")));
            }
        }
        return new EstMerchants(merchants);
    }

    /** The merchant if client id, user and password all match. */
    public Optional<Merchant> authenticate(String clientId, String user, String password) {
        return Optional.ofNullable(byClientId.get(clientId))
                .filter(m -> m.user().equals(user) && m.password().equals(password));
    }
}
