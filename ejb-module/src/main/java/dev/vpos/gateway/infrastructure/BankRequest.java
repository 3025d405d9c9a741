package dev.vpos.gateway.infrastructure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to a bank or provider as it goes on the wire, and its masked twin for the log. {@code body} may be null
 * (a GET); header values (credentials, signatures, idempotency keys) are sent but never logged unless the family puts
 * them into {@code masked} itself.
 */
public record BankRequest(
        String method, URI uri, byte[] body, String contentType, Map<String, String> headers, String masked) {

    public BankRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static BankRequest post(URI uri, byte[] body, String contentType, String masked) {
        return new BankRequest("POST", uri, body, contentType, Map.of(), masked);
    }

    public static BankRequest get(URI uri, String masked) {
        return new BankRequest("GET", uri, null, null, Map.of(), masked);
    }

    /** The same request with {@code more} headers. */
    public BankRequest withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new BankRequest(method, uri, body, contentType, all, masked);
    }

    @Override
    public String toString() {
        return "BankRequest[" + method + " " + uri + ", headers=" + headers.keySet() + "]";
    }
}
