package dev.vpos.simulator.tosla;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated Tosla API knows, from the classpath file {@code tosla/merchants.properties} (keys
 * {@code tosla.<ClientId>.apiUser|apiPass|name}).
 */
public final class ToslaMerchants {

    public static final String RESOURCE = "/tosla/merchants.properties";
    private static final String PREFIX = "tosla.";
    private static final String USER_SUFFIX = ".apiUser";

    /** One merchant's credentials at the bank; {@link #toString()} hides the password. */
    public record Merchant(String clientId, String apiUser, String apiPass, String name) {

        @Override
        public String toString() {
            return "Merchant[clientId=" + clientId + ", apiUser=" + apiUser + "]";
        }
    }

    private final Map<String, Merchant> byClientId;

    public ToslaMerchants(Map<String, Merchant> byClientId) {
        this.byClientId = Map.copyOf(byClientId);
    }

    public static ToslaMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(USER_SUFFIX)) {
                String id = key.substring(PREFIX.length(), key.length() - USER_SUFFIX.length());
                merchants.put(
                        id,
                        new Merchant(
                                id,
                                p.getProperty(key).trim(),
                                MerchantFile.required(p, RESOURCE, PREFIX + id + ".apiPass"),
                                p.getProperty(PREFIX + id + ".name", "TOSLA TEST ISYERI")
                                        .trim()));
            }
        }
        return new ToslaMerchants(merchants);
    }

    public Optional<Merchant> find(String clientId) {
        return Optional.ofNullable(byClientId.get(clientId));
    }
}
