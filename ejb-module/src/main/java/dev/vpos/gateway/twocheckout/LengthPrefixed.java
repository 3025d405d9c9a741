package dev.vpos.gateway.twocheckout;

import java.nio.charset.StandardCharsets;

/**
 * 2Checkout's serialisation for every HMAC it uses (IPN, read receipt, REST API header, ConvertPlus signature): each
 * value prefixed with its length in UTF-8 <em>bytes</em>; an empty (or absent) value contributes just {@code 0}, the
 * value {@code "0"} contributes {@code 10}.
 */
final class LengthPrefixed {

    private LengthPrefixed() {}

    static String of(Iterable<String> values) {
        StringBuilder source = new StringBuilder();
        for (String v : values) {
            append(source, v);
        }
        return source.toString();
    }

    static StringBuilder append(StringBuilder source, String value) {
        if (value == null || value.isEmpty()) {
            return source.append('0');
        }
        return source.append(value.getBytes(StandardCharsets.UTF_8).length).append(value);
    }
}
