package dev.vpos.web.pay;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bank's or provider's form post in the order it was sent (first value of each name). The servlet container's
 * parameter map does not promise an order, and some providers sign the values in the order posted (myPOS), so a
 * form-encoded body is read raw (query-string parameters after it, as the container would merge them); anything
 * else falls back to the container's parameters.
 */
final class PostedFields {

    private static final int MAX_BYTES = 64 * 1024;

    private PostedFields() {}

    static Map<String, String> inOrder(HttpServletRequest req) throws IOException {
        Map<String, String> posted = new LinkedHashMap<>();
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if ("POST".equals(req.getMethod()) && type.startsWith("application/x-www-form-urlencoded")) {
            byte[] body = req.getInputStream().readNBytes(MAX_BYTES);
            String query = req.getQueryString() == null ? "" : "&" + req.getQueryString();
            for (String pair : (new String(body, StandardCharsets.UTF_8) + query).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    posted.putIfAbsent(
                            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // a malformed pair is dropped; the adapter's checks refuse what is missing
                }
            }
            return posted;
        }
        req.getParameterMap().forEach((k, v) -> posted.put(k, v.length == 0 ? "" : v[0]));
        return posted;
    }
}
