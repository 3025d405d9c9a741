package dev.vpos.simulator.payfor;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated PayFor gateway knows, read from the classpath file {@code payfor/merchants.properties}
 * (keys {@code payfor.<MerchantId>.mbrId|userCode|userPass|storeKey|name}). A merchant is identified by its
 * institution code (MbrId) and merchant id together.
 */
public final class PayForMerchants {

    public static final String RESOURCE = "/payfor/merchants.properties";
    private static final String PREFIX = "payfor.";
    private static final String MBR_ID_SUFFIX = ".mbrId";

    /** One merchant's credentials at the bank; {@link #toString()} hides the secrets. */
    public record Merchant(
            String mbrId, String merchantId, String userCode, String userPass, String storeKey, String name) {

        /** How the ledger (and the settlement file's {@code MbrId_MerchantId} column) names this merchant. */
        public String ledgerClientId() {
            return mbrId + "_" + merchantId;
        }

        @Override
        public String toString() {
            return "Merchant[mbrId=" + mbrId + ", merchantId=" + merchantId + ", userCode=" + userCode + "]";
        }
    }

    private final Map<String, Merchant> byMerchantId;

    public PayForMerchants(Map<String, Merchant> byMerchantId) {
        this.byMerchantId = Map.copyOf(byMerchantId);
    }

    public static PayForMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        return from(p);
    }

    static PayForMerchants from(Properties p) {
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(MBR_ID_SUFFIX)) {
                String id = key.substring(PREFIX.length(), key.length() - MBR_ID_SUFFIX.length());
                merchants.put(
                        id,
                        new Merchant(
                                p.getProperty(key).trim(),
                                id,
                                required(p, id, "userCode"),
                                required(p, id, "userPass"),
                                required(p, id, "storeKey"),
                                p.getProperty(PREFIX + id + ".name", "PAYFOR TEST ISYERI")
                                        .trim()));
            }
        }
        return new PayForMerchants(merchants);
    }

    private static String required(Properties p, String id, String what) {
        return MerchantFile.required(p, RESOURCE, PREFIX + id + "." + what);
    }

    /** The merchant with this institution code and merchant id. */
    public Optional<Merchant> find(String mbrId, String merchantId) {
        return Optional.ofNullable(byMerchantId.get(merchantId))
                .filter(m -> m.mbrId().equals(mbrId));
    }
}
