package dev.vpos.simulator.garanti;

import dev.vpos.simulator.config.MerchantFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The terminals the simulated Garanti bank knows, from the classpath file {@code /garanti/merchants.properties}. */
public final class GarantiMerchants {

    public static final String RESOURCE = "/garanti/merchants.properties";

    /** One terminal's credentials at the bank. {@code toString()} shows no secret. */
    public record Merchant(
            String terminalId,
            String merchantId,
            String provisionUser,
            String provisionPassword,
            String refundUser,
            String refundPassword,
            String storeKey,
            String name) {

        /** The user a transaction type must come with, and the password its hash is made with. */
        String userFor(String type) {
            return isRefundType(type) ? refundUser : provisionUser;
        }

        String passwordFor(String type) {
            return isRefundType(type) ? refundPassword : provisionPassword;
        }

        private static boolean isRefundType(String type) {
            return "void".equals(type) || "refund".equals(type);
        }

        @Override
        public String toString() {
            return "Merchant[terminal=" + terminalId + ", merchant=" + merchantId + "]";
        }
    }

    private final Map<String, Merchant> byTerminal;

    public GarantiMerchants(Map<String, Merchant> byTerminal) {
        this.byTerminal = Map.copyOf(byTerminal);
    }

    public static GarantiMerchants fromClasspath() {
        Properties p = MerchantFile.load(RESOURCE);
        Map<String, Merchant> merchants = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".merchantId")) {
                String t = key.substring(0, key.indexOf('.'));
                merchants.put(
                        t,
                        new Merchant(
                                t,
                                p.getProperty(key),
                                p.getProperty(t + ".provisionUser"),
                                p.getProperty(t + ".provisionPassword"),
                                p.getProperty(t + ".refundUser"),
                                p.getProperty(t + ".refundPassword"),
                                p.getProperty(t + ".storeKey"),
                                p.getProperty(t + ".name", "")));
            }
        }
        return new GarantiMerchants(merchants);
    }

    public Optional<Merchant> terminal(String terminalId) {
        return Optional.ofNullable(terminalId).map(byTerminal::get);
    }
}
