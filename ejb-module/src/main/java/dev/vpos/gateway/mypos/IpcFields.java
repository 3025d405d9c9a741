package dev.vpos.gateway.mypos;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The properties of one IPC message in the order they are sent. myPOS signs the <em>values</em> in that order, so
 * the order is part of the message: the signed text is Base64 of the values joined with {@code -}, and
 * {@code Signature} is always the last property and not part of the signed text. Absent values are not added at all
 * (an empty slot would be signed but dropped by some form encoders, and the signature would no longer match).
 */
final class IpcFields {

    static final String SIGNATURE = "Signature";
    /** Values that are secrets or card data: never in a log. */
    private static final Set<String> WITHHELD = Set.of("CardToken", "CVC");

    private final List<Map.Entry<String, String>> entries;

    IpcFields() {
        this.entries = new ArrayList<>();
    }

    private IpcFields(List<Map.Entry<String, String>> entries) {
        this.entries = new ArrayList<>(entries);
    }

    /** The fields as received, in the order received. */
    static IpcFields of(List<Map.Entry<String, String>> received) {
        return new IpcFields(received);
    }

    IpcFields add(String name, String value) {
        if (value != null) {
            entries.add(Map.entry(name, value));
        }
        return this;
    }

    List<Map.Entry<String, String>> entries() {
        return Collections.unmodifiableList(entries);
    }

    Optional<String> get(String name) {
        return entries.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    String value(String name) {
        return get(name).orElse("");
    }

    /** Base64 of every value but the signature, joined with {@code -}, in the order sent: what is signed. */
    String signedText() {
        String joined = entries.stream()
                .filter(e -> !SIGNATURE.equals(e.getKey()))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining("-"));
        return Base64.getEncoder().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with {@code Signature} appended (as the last property). */
    IpcFields signedWith(PrivateKey key) {
        IpcFields signed = new IpcFields(entries);
        signed.entries.removeIf(e -> SIGNATURE.equals(e.getKey()));
        signed.entries.add(Map.entry(SIGNATURE, IpcSignature.sign(signed.signedText(), key)));
        return signed;
    }

    /**
     * Whether the message carries a {@code Signature} as its last property that myPOS's key made over the values
     * before it. A signature anywhere but last does not count: myPOS always sends it last.
     */
    boolean signedBy(java.security.PublicKey myposKey) {
        if (entries.isEmpty()
                || !SIGNATURE.equals(entries.get(entries.size() - 1).getKey())) {
            return false;
        }
        return IpcSignature.verifies(
                signedText(), entries.get(entries.size() - 1).getValue(), myposKey);
    }

    boolean hasSignature() {
        return get(SIGNATURE).filter(s -> !s.isBlank()).isPresent();
    }

    /** The fields as an ordered map (first value of a repeated name), for an HTML form. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
        return map;
    }

    /** {@code application/x-www-form-urlencoded}, UTF-8, in order. */
    String formEncoded() {
        return entries.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** For the transaction log: card tokens withheld, the signature shortened, nothing else of the card exists here. */
    String masked() {
        return entries.stream()
                .map(e -> e.getKey() + "=" + maskedValue(e.getKey(), e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String maskedValue(String name, String value) {
        if (WITHHELD.contains(name)) {
            return value.isEmpty() ? "" : "***";
        }
        if ("PAN".equals(name) && value.length() > 4) {
            // myPOS sends the last four digits only; anything longer is masked to BIN + last four
            return value.length() >= 12
                    ? value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4)
                    : "****";
        }
        if (SIGNATURE.equals(name) && value.length() > 16) {
            return value.substring(0, 16) + "…";
        }
        return value;
    }

    @Override
    public String toString() {
        return masked();
    }
}
