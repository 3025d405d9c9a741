package dev.vpos.gateway.stripe;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature: header {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...][,v0=...]};
 * the signed payload is {@code t + "." + raw body}; {@code v1 = lowercase hex(HMAC-SHA256(key = the endpoint's
 * secret, whsec_ prefix included, as UTF-8))}. The event is authentic when any {@code v1} matches any of the
 * definition's secrets (several while Stripe rolls a secret), compared in constant time, and {@code t} is not older
 * than the tolerance (Stripe's libraries: 300 s; a timestamp in the future passes, as in stripe-java).
 */
final class StripeSignature {

    static final Duration TOLERANCE = Duration.ofSeconds(300);

    private StripeSignature() {}

    /** Why the signature does not hold, or empty when it does. */
    static Optional<String> problem(String header, byte[] body, List<String> secrets, Instant now) {
        if (secrets.isEmpty()) {
            return Optional.of("the definition has no webhook signing secret");
        }
        if (header == null || header.isBlank()) {
            return Optional.of("no Stripe-Signature header");
        }
        Long t = null;
        List<String> v1 = new ArrayList<>();
        for (String item : header.split(",")) {
            String[] kv = item.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1].trim());
                } catch (NumberFormatException e) {
                    return Optional.of("the signature's timestamp is not a number");
                }
            } else if (kv[0].equals("v1")) {
                v1.add(kv[1].trim());
            }
        }
        if (t == null) {
            return Optional.of("the signature has no timestamp");
        }
        if (v1.isEmpty()) {
            return Optional.of("the signature has no v1 scheme");
        }
        if (Instant.ofEpochSecond(t).isBefore(now.minus(TOLERANCE))) {
            return Optional.of("the signature's timestamp " + t + " is older than " + TOLERANCE.toSeconds() + " s");
        }
        boolean matched = false;
        for (String secret : secrets) {
            byte[] expected = sign(t, body, secret).getBytes(StandardCharsets.US_ASCII);
            for (String candidate : v1) {
                // no early exit: every pair is compared in constant time
                matched |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return matched ? Optional.empty() : Optional.of("no v1 signature matches the webhook secret");
    }

    static String sign(long t, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
