package dev.vpos.simulator.twocheckout;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated 2Checkout knows, from {@code twocheckout/merchants.properties}:
 * {@code twocheckout.<merchantCode>.secretKey} (IPNs, REST API), {@code .buyLinkSecretWord} (ConvertPlus),
 * {@code .algorithm} (MD5, SHA256 or SHA3_256: how IPNs are signed and read receipts checked), {@code .name} and,
 * optionally, {@code .ipnUrl} (the IPN settings of the merchant's control panel; also settable at run time).
 */
public final class TwoCheckoutMerchants {

    public static final String RESOURCE = "/twocheckout/merchants.properties";
    private static final String PREFIX = "twocheckout.";
    private static final String KEY_SUFFIX = ".secretKey";

    /** One merchant account. */
    public record Merchant(
            String code, String secretKey, String buyLinkSecretWord, String algorithm, String name, String ipnUrl) {

        @Override
        public String toString() {
            return "Merchant[" + code + ", " + algorithm + "]";
        }
    }

    private final Map<String, Merchant> byCode;

    public TwoCheckoutMerchants(Map<String, Merchant> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static TwoCheckoutMerchants fromClasspath() {
        return from(MerchantFile.load(RESOURCE));
    }

    static TwoCheckoutMerchants from(Properties p) {
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(KEY_SUFFIX)) {
                String code = key.substring(PREFIX.length(), key.length() - KEY_SUFFIX.length());
                String algorithm = MerchantFile.required(p, RESOURCE, PREFIX + code + ".algorithm")
                        .toUpperCase(Locale.ROOT);
                if (!algorithm.matches("MD5|SHA256|SHA3_256")) {
                    throw new IllegalStateException(
                            RESOURCE + ": " + PREFIX + code + ".algorithm must be MD5, SHA256 or SHA3_256");
                }
                merchants.put(
                        code,
                        new Merchant(
                                code,
                                p.getProperty(key).trim(),
                                MerchantFile.required(p, RESOURCE, PREFIX + code + ".buyLinkSecretWord"),
                                algorithm,
                                p.getProperty(PREFIX + code + ".name", code).trim(),
                                p.getProperty(PREFIX + code + ".ipnUrl", "").trim()));
            }
        }
        return new TwoCheckoutMerchants(merchants);
    }

    public Optional<Merchant> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }
}
