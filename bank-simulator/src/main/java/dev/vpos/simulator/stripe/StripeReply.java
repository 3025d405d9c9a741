package dev.vpos.simulator.stripe;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulated Stripe answers: status, content type, body and extra headers. {@code saveable} says whether an
 * idempotent request's answer is kept for replays (Stripe keeps the answer of every request whose endpoint began to
 * run, also a 500, but not a refused key or a parameter error); {@code slow} asks the servlet to answer late.
 */
public record StripeReply(
        int status, String contentType, byte[] body, Map<String, String> headers, boolean saveable, boolean slow) {

    public StripeReply {
        headers = Map.copyOf(headers);
    }

    public static StripeReply json(int status, JsonObject body) {
        return new StripeReply(
                status, "application/json", body.toString().getBytes(StandardCharsets.UTF_8), Map.of(), true, false);
    }

    public static StripeReply html(int status, String html) {
        return new StripeReply(
                status, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), false, false);
    }

    public static StripeReply redirect(String location) {
        return new StripeReply(302, "text/plain", new byte[0], Map.of("Location", location), false, false);
    }

    public StripeReply notSaved() {
        return new StripeReply(status, contentType, body, headers, false, slow);
    }

    public StripeReply slowly() {
        return new StripeReply(status, contentType, body, headers, saveable, true);
    }

    public StripeReply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new StripeReply(status, contentType, body, h, saveable, slow);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
