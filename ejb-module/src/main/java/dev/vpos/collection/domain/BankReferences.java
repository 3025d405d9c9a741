package dev.vpos.collection.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Stores a family's follow-up references as one line of {@code key=value} pairs separated by {@code &}, each part
 * percent-encoded: readable in the database, no JSON library needed, order-stable.
 */
public final class BankReferences {

    private BankReferences() {}

    public static String write(Map<String, String> references) {
        if (references == null || references.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(references).forEach((k, v) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(k)).append('=').append(encode(v == null ? "" : v));
        });
        return out.toString();
    }

    public static Map<String, String> read(String stored) {
        Map<String, String> out = new TreeMap<>();
        if (stored == null || stored.isEmpty()) {
            return out;
        }
        for (String part : stored.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(decode(part.substring(0, eq)), decode(part.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
