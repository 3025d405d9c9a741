package dev.vpos.simulator.param;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated Param service knows, from the classpath file {@code param/merchants.properties} (keys
 * {@code param.<CLIENT_CODE>.username|password|guid|name}).
 */
public final class ParamMerchants {

    public static final String RESOURCE = "/param/merchants.properties";
    private static final String PREFIX = "param.";
    private static final String USER_SUFFIX = ".username";

    /** One merchant's credentials at the bank; {@link #toString()} hides the password and the GUID. */
    public record Merchant(String clientCode, String username, String password, String guid, String name) {

        @Override
        public String toString() {
            return "Merchant[clientCode=" + clientCode + ", username=" + username + "]";
        }
    }

    private final Map<String, Merchant> byClientCode;

    public ParamMerchants(Map<String, Merchant> byClientCode) {
        this.byClientCode = Map.copyOf(byClientCode);
    }

    public static ParamMerchants fromClasspath() {
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
                                MerchantFile.required(p, RESOURCE, PREFIX + id + ".password"),
                                MerchantFile.required(p, RESOURCE, PREFIX + id + ".guid"),
                                p.getProperty(PREFIX + id + ".name", "PARAM TEST ISYERI")
                                        .trim()));
            }
        }
        return new ParamMerchants(merchants);
    }

    public Optional<Merchant> find(String clientCode) {
        return Optional.ofNullable(clientCode == null ? null : byClientCode.get(clientCode));
    }
}
