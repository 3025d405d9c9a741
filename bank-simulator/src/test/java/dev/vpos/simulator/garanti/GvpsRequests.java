package dev.vpos.simulator.garanti;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test requests as a merchant would send them, hashed with the demo terminal's credentials. */
final class GvpsRequests {

    static final String TERMINAL = "10012345";
    static final String MERCHANT = "9001234";
    static final String PROV_PASSWORD = "DemoProv#2026";
    static final String REFUND_PASSWORD = "DemoRfn#2026";
    static final String STORE_KEY = "DEMO3DKEY2026";

    private final Map<String, String> leaves = new LinkedHashMap<>();

    private GvpsRequests(String type, String orderId, String amount) {
        boolean refundUser = "void".equals(type) || "refund".equals(type);
        leaves.put("Mode", "TEST");
        leaves.put("Version", "512");
        leaves.put("Terminal/ProvUserID", refundUser ? "PROVRFN" : "PROVAUT");
        leaves.put("Terminal/UserID", refundUser ? "PROVRFN" : "PROVAUT");
        leaves.put("Terminal/HashData", "");
        leaves.put("Terminal/ID", TERMINAL);
        leaves.put("Terminal/MerchantID", MERCHANT);
        leaves.put("Customer/IPAddress", "10.0.0.1");
        leaves.put("Order/OrderID", orderId);
        leaves.put("Transaction/Type", type);
        leaves.put("Transaction/InstallmentCnt", "");
        leaves.put("Transaction/Amount", amount);
        leaves.put("Transaction/CurrencyCode", "949");
        leaves.put("Transaction/CardholderPresentCode", "0");
        leaves.put("Transaction/MotoInd", "N");
    }

    static GvpsRequests sale(String orderId, String amount, String pan) {
        return new GvpsRequests("sales", orderId, amount).card(pan, "1230", "123");
    }

    static GvpsRequests of(String type, String orderId, String amount) {
        return new GvpsRequests(type, orderId, amount);
    }

    GvpsRequests card(String pan, String expiry, String cvv) {
        leaves.put("Card/Number", pan);
        leaves.put("Card/ExpireDate", expiry);
        leaves.put("Card/CVV2", cvv);
        return this;
    }

    GvpsRequests set(String path, String value) {
        leaves.put(path, value);
        return this;
    }

    /** The XML with HashData computed from the current fields and the type's password. */
    byte[] xml() {
        String type = leaves.get("Transaction/Type");
        String password = "void".equals(type) || "refund".equals(type) ? REFUND_PASSWORD : PROV_PASSWORD;
        String hash = GarantiCrypt.hashData(
                leaves.get("Order/OrderID"),
                leaves.get("Terminal/ID"),
                leaves.getOrDefault("Card/Number", ""),
                leaves.get("Transaction/Amount"),
                leaves.get("Transaction/CurrencyCode"),
                password);
        return xml(hash);
    }

    /** The XML with a given HashData (e.g. a wrong one). */
    byte[] xml(String hashData) {
        Map<String, String> all = new LinkedHashMap<>(leaves);
        all.put("Terminal/HashData", hashData);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><GVPSRequest>");
        String[] open = new String[0];
        for (Map.Entry<String, String> e : all.entrySet()) {
            String[] path = e.getKey().split("/");
            int common = 0;
            while (common < open.length && common < path.length - 1 && open[common].equals(path[common])) {
                common++;
            }
            for (int i = open.length - 1; i >= common; i--) {
                x.append("</").append(open[i]).append('>');
            }
            for (int i = common; i < path.length - 1; i++) {
                x.append('<').append(path[i]).append('>');
            }
            x.append('<')
                    .append(path[path.length - 1])
                    .append('>')
                    .append(GvpsResponseWriter.escape(e.getValue()))
                    .append("</")
                    .append(path[path.length - 1])
                    .append('>');
            open = java.util.Arrays.copyOf(path, path.length - 1);
        }
        for (int i = open.length - 1; i >= 0; i--) {
            x.append("</").append(open[i]).append('>');
        }
        return x.append("</GVPSRequest>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
