package dev.vpos.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plays myPOS's side of a notification in a test: the fields of IPCPurchaseNotify / IPCPurchaseRollback as the
 * simulated myPOS sends them, signed (RSA-SHA256 over Base64 of the values joined with '-') with the simulator's
 * myPOS key — which the demo definition trusts — or with a key of nobody's.
 */
final class MyPosSigning {

    private static final Path SIMULATOR_KEY = Path.of(System.getProperty(
            "vpos.test.myposKey", "../bank-simulator/src/main/resources/mypos/mypos-simulator.key.pem"));

    private MyPosSigning() {}

    static Map<String, String> notifyFields(String orderId, String trnref, String amount) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("IPCmethod", "IPCPurchaseNotify");
        f.put("SID", "000000000000010");
        f.put("Amount", amount);
        f.put("Currency", "TRY");
        f.put("OrderID", orderId);
        f.put("IPC_Trnref", trnref);
        f.put("RequestDateTime", "2026-11-23 12:00:00");
        f.put("RequestSTAN", "777");
        f.put("BillingDescriptor", "MYPOS *VPOSDEMO");
        return f;
    }

    static Map<String, String> rollbackFields(String orderId, String amount) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("IPCmethod", "IPCPurchaseRollback");
        f.put("SID", "000000000000010");
        f.put("Amount", amount);
        f.put("Currency", "TRY");
        f.put("OrderID", orderId);
        return f;
    }

    static String signedByMyPos(Map<String, String> fields) {
        return signed(fields, simulatorKey());
    }

    static String signedByAnotherKey(Map<String, String> fields) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return signed(fields, g.generateKeyPair().getPrivate());
    }

    private static String signed(Map<String, String> fields, PrivateKey key) {
        String text = Base64.getEncoder()
                .encodeToString(String.join("-", fields.values()).getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.US_ASCII));
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("Signature", Base64.getEncoder().encodeToString(s.sign()));
            return all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey simulatorKey() {
        try {
            String pem = Files.readString(SIMULATOR_KEY, StandardCharsets.US_ASCII);
            byte[] der = Base64.getDecoder()
                    .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                            .replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the simulator's myPOS key is read from " + SIMULATOR_KEY.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
