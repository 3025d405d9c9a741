package dev.vpos.simulator.posnet;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The merchants the simulated PosNet bank knows, from the classpath file {@code posnet/merchants.properties}: keys
 * {@code posnet.<mid>.terminalNo}, {@code .posnetId} and {@code .encryptionKey}.
 */
public final class PosNetMerchants {

    public static final String RESOURCE = "/posnet/merchants.properties";
    private static final String PREFIX = "posnet.";
    private static final String TERMINAL_SUFFIX = ".terminalNo";

    /** One merchant at the bank: merchant number (MID), terminal (TID), PosNet id and encryption key (ENCKEY). */
    public record Merchant(String merchantNo, String terminalNo, String posnetId, String encryptionKey) {

        @Override
        public String toString() {
            return "Merchant[mid=" + merchantNo + ", tid=" + terminalNo + ", posnetId=" + posnetId + "]";
        }
    }

    private final Map<String, Merchant> byMid;

    public PosNetMerchants(Map<String, Merchant> byMid) {
        this.byMid = Map.copyOf(byMid);
    }

    public static PosNetMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        return from(p);
    }

    static PosNetMerchants from(Properties p) {
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(TERMINAL_SUFFIX)) {
                String mid = key.substring(PREFIX.length(), key.length() - TERMINAL_SUFFIX.length());
                merchants.put(
                        mid,
                        new Merchant(
                                mid,
                                p.getProperty(key).trim(),
                                required(p, mid, "posnetId"),
                                required(p, mid, "encryptionKey")));
            }
        }
        return new PosNetMerchants(merchants);
    }

    private static String required(Properties p, String mid, String what) {
        return MerchantFile.required(p, RESOURCE, PREFIX + mid + "." + what);
    }

    /** The merchant when both merchant and terminal numbers match (PosNet answers 0148 otherwise). */
    public Optional<Merchant> find(String mid, String tid) {
        return Optional.ofNullable(byMid.get(mid)).filter(m -> m.terminalNo().equals(tid));
    }

    public Optional<Merchant> byMid(String mid) {
        return Optional.ofNullable(byMid.get(mid));
    }
}
