package dev.vpos.simulator.posnet;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bank's opaque OOS packets ({@code data1}/{@code data2} of {@code oosRequestData}, {@code MerchantPacket} and
 * {@code BankPacket} of the callback) and their signatures ({@code sign}/{@code digest}, {@code Sign}). Only the
 * bank reads them: AES-GCM under a key derived from the merchant's terminal and encryption key, written as upper-case
 * hex as YapıKredi's packets are; signatures are HMAC-SHA256 over the packets. Any change to a packet or signature
 * fails to open or verify.
 */
final class PosNetPackets {

    private static final String BANK_SECRET = "bank-simulator/posnet/oos";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PosNetPackets() {}

    static String seal(PosNetMerchants.Merchant m, Map<String, String> fields) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(m, "enc"), "AES"), new GCMParameterSpec(128, iv));
            byte[] sealed = aes.doFinal(encode(fields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Map<String, String>> open(PosNetMerchants.Merchant m, String packet) {
        if (packet == null || !packet.matches("([0-9A-Fa-f]{2}){29,}")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = HexFormat.of().parseHex(packet.toUpperCase(Locale.ROOT));
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key(m, "enc"), "AES"),
                    new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            byte[] plain = aes.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Optional.of(decode(new String(plain, StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String sign(PosNetMerchants.Merchant m, String first, String second) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key(m, "sign"), "HmacSHA256"));
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(hmac.doFinal((first + "|" + second).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PosNetMerchants.Merchant m, String first, String second, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        sign(m, first, second).getBytes(StandardCharsets.US_ASCII),
                        signature.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] key(PosNetMerchants.Merchant m, String purpose) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256")
                .digest((BANK_SECRET + "|" + purpose + "|" + m.merchantNo() + "|" + m.terminalNo() + "|"
                                + m.encryptionKey())
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
