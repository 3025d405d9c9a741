package dev.vpos.gateway.interpos;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One InterPOS answer: {@code Name=Value} pairs separated by {@code ;;} (sometimes {@code ;;;}, as mews/pos notes),
 * e.g. {@code OrderId=33554969;;ProcReturnCode=00;;AuthCode=...;;TxnResult=Success;;ErrorMessage=;;...}. A value may
 * hold {@code =}; the name is what precedes the first one. Every answer mews/pos shows (payment, cancel, refund,
 * status) carries {@code ProcReturnCode} and, further on, {@code ErrorCode}; a text without both (or with a pair
 * without {@code =}) is no answer — so a body cut short is not mistaken for one.
 */
record InterPosAnswer(Map<String, String> fields) {

    static final String APPROVED = "00";

    static Optional<InterPosAnswer> parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split(";;;|;;")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                if (pair.isBlank()) {
                    continue;
                }
                return Optional.empty();
            }
            fields.putIfAbsent(pair.substring(0, eq).strip(), pair.substring(eq + 1));
        }
        return fields.containsKey("ProcReturnCode") && fields.containsKey("ErrorCode")
                ? Optional.of(new InterPosAnswer(Collections.unmodifiableMap(fields)))
                : Optional.empty();
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    String code() {
        return get("ProcReturnCode");
    }

    boolean approved() {
        return APPROVED.equals(code());
    }

    /** The bank's words: its error message, else the result text. */
    String message() {
        return get("ErrorMessage").isEmpty() ? get("TxnResult") : get("ErrorMessage");
    }
}
