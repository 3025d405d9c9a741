package dev.vpos.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} text (a query string or a form body) read as UTF-8, in order, repeated names
 * kept: the servlet container's own decoding of query strings is not UTF-8 everywhere.
 */
public final class FormParameters {

    private FormParameters() {}

    public static List<Map.Entry<String, String>> entries(String encoded) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                out.add(new SimpleEntry<>(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException badEscape) {
                // a malformed pair is skipped, as browsers' servers do
            }
        }
        return out;
    }

    /** First value of each name, query first, then the body. */
    public static Map<String, String> firstValues(String query, byte[] body) {
        Map<String, String> out = new LinkedHashMap<>();
        entries(query).forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
        entries(body == null ? "" : new String(body, StandardCharsets.UTF_8))
                .forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
        return out;
    }
}
