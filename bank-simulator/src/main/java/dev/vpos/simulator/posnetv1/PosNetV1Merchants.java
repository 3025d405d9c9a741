package dev.vpos.simulator.posnetv1;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The merchants of the simulated PosNet V1 JSON API, from {@code posnetv1/merchants.properties}. */
public final class PosNetV1Merchants {

    public static final String RESOURCE = "/posnetv1/merchants.properties";
    private static final String PREFIX = "posnetv1.";
    private static final String TERMINAL_SUFFIX = ".terminalNo";

    /** One merchant at the bank; {@link #toString()} hides its store key. */
    public record Merchant(String merchantNo, String terminalNo, String posnetId, String storeKey, String name) {

        @Override
        public String toString() {
            return "Merchant[merchantNo=" + merchantNo + "]";
        }
    }

    private final Map<String, Merchant> byNumber;

    public PosNetV1Merchants(Map<String, Merchant> byNumber) {
        this.byNumber = Map.copyOf(byNumber);
    }

    public static PosNetV1Merchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(TERMINAL_SUFFIX)) {
                String no = key.substring(PREFIX.length(), key.length() - TERMINAL_SUFFIX.length());
                merchants.put(
                        no,
                        new Merchant(
                                no,
                                p.getProperty(key).trim(),
                                MerchantFile.required(p, RESOURCE, PREFIX + no + ".posnetId"),
                                MerchantFile.required(p, RESOURCE, PREFIX + no + ".storeKey"),
                                p.getProperty(PREFIX + no + ".name", "ALBARAKA TEST ISYERI")
                                        .trim()));
            }
        }
        return new PosNetV1Merchants(merchants);
    }

    /** The merchant with this terminal. */
    public Optional<Merchant> find(String merchantNo, String terminalNo) {
        return Optional.ofNullable(merchantNo)
                .map(byNumber::get)
                .filter(m -> m.terminalNo().equals(terminalNo));
    }
}
