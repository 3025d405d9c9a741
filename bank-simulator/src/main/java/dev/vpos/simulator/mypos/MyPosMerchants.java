package dev.vpos.simulator.mypos;

import dev.vpos.simulator.config.MerchantFile;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stores the simulated myPOS Checkout knows, from {@code mypos/merchants.properties}: per store id (SID) the
 * wallet (client) number, the merchant's public certificate per key index (a classpath PEM: what the merchant
 * uploaded to myPOS), the currencies the store may take and its name.
 */
public final class MyPosMerchants {

    public static final String RESOURCE = "/mypos/merchants.properties";
    private static final String PREFIX = "mypos.";

    /** One store. */
    public record Store(
            String sid, String walletNumber, Map<String, PublicKey> keys, Set<String> currencies, String name) {

        public Optional<PublicKey> key(String keyIndex) {
            return Optional.ofNullable(keys.get(keyIndex));
        }
    }

    private final Map<String, Store> bySid;

    public MyPosMerchants(Map<String, Store> bySid) {
        this.bySid = Map.copyOf(bySid);
    }

    public static MyPosMerchants fromClasspath() {
        return from(MerchantFile.load(RESOURCE));
    }

    static MyPosMerchants from(Properties p) {
        Map<String, Store> stores = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(".wallet")) {
                String sid = key.substring(PREFIX.length(), key.length() - ".wallet".length());
                Map<String, PublicKey> keys = new HashMap<>();
                String keyPrefix = PREFIX + sid + ".key.";
                for (String k : p.stringPropertyNames()) {
                    if (k.startsWith(keyPrefix)) {
                        keys.put(
                                k.substring(keyPrefix.length()),
                                MyPosKeys.publicKeyOf(
                                        MyPosKeys.resource(p.getProperty(k).trim())));
                    }
                }
                if (keys.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": store " + sid + " has no " + keyPrefix + "<index>");
                }
                Set<String> currencies = Arrays.stream(MerchantFile.required(p, RESOURCE, PREFIX + sid + ".currencies")
                                .split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                stores.put(
                        sid,
                        new Store(
                                sid,
                                p.getProperty(key).trim(),
                                Map.copyOf(keys),
                                Set.copyOf(currencies),
                                p.getProperty(PREFIX + sid + ".name", "myPOS test store")
                                        .trim()));
            }
        }
        return new MyPosMerchants(stores);
    }

    public Optional<Store> find(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }
}
