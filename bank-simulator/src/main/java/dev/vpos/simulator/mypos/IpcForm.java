package dev.vpos.simulator.mypos;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An IPC message as myPOS reads and writes it: properties in the order sent; the signature is RSA-SHA256
 * (PKCS#1 v1.5) over the Base64 of all values but {@code Signature}, joined with {@code -}, and {@code Signature}
 * is the last property. The simulator's own implementation (JDK crypto), independent of the adapter's.
 */
public final class IpcForm {

    public static final String SIGNATURE = "Signature";

    private final List<Map.Entry<String, String>> fields;

    private IpcForm(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    public static IpcForm empty() {
        return new IpcForm(new ArrayList<>());
    }

    /** Parses an {@code application/x-www-form-urlencoded} UTF-8 body, keeping the order; empty on malformed input. */
    public static Optional<IpcForm> parse(String body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return Optional.of(new IpcForm(fields));
        }
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.add(Map.entry(name, value));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new IpcForm(fields));
    }

    public IpcForm add(String name, String value) {
        if (value != null) {
            fields.add(Map.entry(name, value));
        }
        return this;
    }

    public String get(String name) {
        return fields.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    public boolean has(String name) {
        return fields.stream()
                .anyMatch(e -> e.getKey().equals(name) && !e.getValue().isEmpty());
    }

    public List<Map.Entry<String, String>> fields() {
        return List.copyOf(fields);
    }

    /** First value of each name, in order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        fields.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
        return map;
    }

    public String encoded() {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Whether {@code Signature} is the last property and verifies with {@code key} over the values before it. */
    public boolean signedBy(PublicKey key) {
        if (fields.isEmpty() || !SIGNATURE.equals(fields.get(fields.size() - 1).getKey())) {
            return false;
        }
        List<String> values = fields.subList(0, fields.size() - 1).stream()
                .map(Map.Entry::getValue)
                .toList();
        return verifies(values, fields.get(fields.size() - 1).getValue(), key);
    }

    /** Appends {@code Signature} over the values so far. */
    public IpcForm sign(PrivateKey key) {
        fields.removeIf(e -> SIGNATURE.equals(e.getKey()));
        fields.add(Map.entry(
                SIGNATURE, signature(fields.stream().map(Map.Entry::getValue).toList(), key)));
        return this;
    }

    /** Base64 of the values joined with '-': the text myPOS signs. */
    static String signedText(List<String> values) {
        return Base64.getEncoder().encodeToString(String.join("-", values).getBytes(StandardCharsets.UTF_8));
    }

    static String signature(List<String> values, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(signedText(values).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    static boolean verifies(List<String> values, String signatureBase64, PublicKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(signedText(values).getBytes(StandardCharsets.US_ASCII));
            return s.verify(Base64.getMimeDecoder().decode(signatureBase64.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
