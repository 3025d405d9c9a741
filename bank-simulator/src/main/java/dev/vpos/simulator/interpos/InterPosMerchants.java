package dev.vpos.simulator.interpos;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The shops of the simulated Denizbank InterPOS, from {@code interpos/merchants.properties}. */
public final class InterPosMerchants {

    public static final String RESOURCE = "/interpos/merchants.properties";
    private static final String PREFIX = "interpos.";
    private static final String USER_SUFFIX = ".userCode";

    /** One shop at the bank; {@link #toString()} hides its password and store key. */
    public record Merchant(String shopCode, String userCode, String userPass, String storeKey, String name) {

        @Override
        public String toString() {
            return "Merchant[shopCode=" + shopCode + "]";
        }
    }

    private final Map<String, Merchant> byShop;

    public InterPosMerchants(Map<String, Merchant> byShop) {
        this.byShop = Map.copyOf(byShop);
    }

    public static InterPosMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(USER_SUFFIX)) {
                String shop = key.substring(PREFIX.length(), key.length() - USER_SUFFIX.length());
                merchants.put(
                        shop,
                        new Merchant(
                                shop,
                                p.getProperty(key).trim(),
                                MerchantFile.required(p, RESOURCE, PREFIX + shop + ".userPass"),
                                MerchantFile.required(p, RESOURCE, PREFIX + shop + ".storeKey"),
                                p.getProperty(PREFIX + shop + ".name", "DENIZBANK TEST ISYERI")
                                        .trim()));
            }
        }
        return new InterPosMerchants(merchants);
    }

    public Optional<Merchant> shop(String shopCode) {
        return Optional.ofNullable(shopCode).map(byShop::get);
    }

    /** The shop whose API user and password these are. */
    public Optional<Merchant> signedIn(String shopCode, String userCode, String userPass) {
        return shop(shopCode)
                .filter(m -> m.userCode().equals(userCode) && m.userPass().equals(userPass));
    }
}
