package dev.vpos.simulator.est;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated EST bank knows, read from the classpath file {@code merchants.properties}, keys
 * {@code est.<clientId>.user}, {@code est.<clientId>.password} and {@code est.<clientId>.storeKey}. The store key
 * verifies the 3-D gate's ver3 form hash and signs its callbacks; API calls do not use it.
 */
public final class EstMerchants {

    public static final String RESOURCE = "/merchants.properties";
    private static final String PREFIX = "est.";
    private static final String USER_SUFFIX = ".user";

    /** One merchant's credentials at the bank. */
    public record Merchant(String clientId, String user, String password, String storeKey) {}

    private final Map<String, Merchant> byClientId;

    public EstMerchants(Map<String, Merchant> byClientId) {
        this.byClientId = Map.copyOf(byClientId);
    }

    public static EstMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        return from(p);
    }

    static EstMerchants from(Properties p) {
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(USER_SUFFIX)) {
                String clientId = key.substring(PREFIX.length(), key.length() - USER_SUFFIX.length());
                merchants.put(
                        clientId,
                        new Merchant(
                                clientId,
                                p.getProperty(key).trim(),
                                required(p, clientId, "password"),
                                required(p, clientId, "storeKey")));
            }
        }
        return new EstMerchants(merchants);
    }

    private static String required(Properties p, String clientId, String what) {
        return MerchantFile.required(p, RESOURCE, PREFIX + clientId + "." + what);
    }

    public Optional<Merchant> byClientId(String clientId) {
        return Optional.ofNullable(byClientId.get(clientId));
    }

    /** The merchant when client id, API user name and password all match. */
    public Optional<Merchant> authenticate(String clientId, String user, String password) {
        return byClientId(clientId)
                .filter(m -> m.user().equals(user) && m.password().equals(password));
    }
}
