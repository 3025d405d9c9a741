package dev.vpos.gateway.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One Stripe API call: method, path, form parameters ({@code application/x-www-form-urlencoded}, nested objects with
 * brackets: {@code metadata[order_id]=...}) and, for a POST, the idempotency key that makes a retry safe. Our
 * requests carry no card data (the payer's browser gives the card to Stripe); the masked form hides nothing but a
 * client secret, should one ever be sent.
 */
record StripeRequest(String method, String path, List<Map.Entry<String, String>> params, String idempotencyKey) {

    StripeRequest {
        params = List.copyOf(params);
    }

    static StripeRequest post(String path, String idempotencyKey) {
        return new StripeRequest("POST", path, List.of(), idempotencyKey);
    }

    static StripeRequest get(String path) {
        return new StripeRequest("GET", path, List.of(), null);
    }

    StripeRequest with(String name, Object value) {
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(params);
        more.add(Map.entry(name, value.toString()));
        return new StripeRequest(method, path, more, idempotencyKey);
    }

    String encoded() {
        return params.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** For the transaction log: {@code POST /v1/payment_intents amount=15000&...} (Idempotency-Key shown). */
    String masked() {
        String form = params.stream()
                .map(e -> e.getKey() + "=" + (e.getKey().contains("secret") ? "***" : e.getValue()))
                .collect(Collectors.joining("&"));
        return method + " " + path + (form.isEmpty() ? "" : (method.equals("GET") ? "?" : " ") + form)
                + (idempotencyKey == null ? "" : " [Idempotency-Key: " + idempotencyKey + "]");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
