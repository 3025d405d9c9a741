package dev.vpos.simulator.twocheckout;

import java.nio.charset.StandardCharsets;

/** What the simulated 2Checkout answers: a page, a JSON document or a redirect ({@code location}). */
public record TwoCheckoutReply(int status, String contentType, String body, String location) {

    static TwoCheckoutReply html(int status, String html) {
        return new TwoCheckoutReply(status, "text/html;charset=UTF-8", html, null);
    }

    static TwoCheckoutReply json(int status, String json) {
        return new TwoCheckoutReply(status, "application/json;charset=UTF-8", json, null);
    }

    static TwoCheckoutReply redirect(String location) {
        return new TwoCheckoutReply(302, "text/html;charset=UTF-8", "", location);
    }

    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
