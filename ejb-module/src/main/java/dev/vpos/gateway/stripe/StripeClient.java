package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.BankRequest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Talks to the Stripe API through the adapters' {@link BankChannel} (the definition's deadline): form-encoded bodies,
 * {@code Authorization: Bearer <secret key>}, the {@code Idempotency-Key} of every POST, a pinned
 * {@code Stripe-Version}. Every HTTP answer is read (Stripe says in an error's JSON why it refused); the log gets it
 * with client secrets and anything like a card number masked.
 */
final class StripeClient {

    static final String API_VERSION = "2024-06-20";

    /** Stripe's JSON object, whatever the HTTP status. */
    private static final AnswerFormat<JsonObject> JSON_OBJECT = AnswerFormat.anyStatus(StandardCharsets.UTF_8)
            .from("Stripe")
            .masked(StripeMasking::mask)
            .reading(answer -> parse(new String(answer.body(), StandardCharsets.UTF_8)));

    private final BankChannel channel;

    StripeClient(BankChannel channel) {
        this.channel = channel;
    }

    StripeAnswer call(StripeCredentials credentials, GatewayAccount account, StripeRequest request) {
        boolean get = request.method().equals("GET");
        String query = get && !request.params().isEmpty() ? "?" + request.encoded() : "";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + credentials.secretKey());
        headers.put("Stripe-Version", API_VERSION);
        headers.put("Accept", "application/json");
        if (request.idempotencyKey() != null) {
            headers.put("Idempotency-Key", request.idempotencyKey());
        }
        BankRequest wire = new BankRequest(
                request.method(),
                URI.create(credentials.api(request.path()) + query),
                get ? null : request.encoded().getBytes(StandardCharsets.UTF_8),
                get ? null : "application/x-www-form-urlencoded",
                headers,
                request.masked());
        BankReply<JsonObject> reply = channel.send(wire, account, JSON_OBJECT);
        if (!reply.reached()) {
            return new StripeAnswer(StripeAnswer.Kind.NOT_SENT, 0, null, reply.exchange());
        }
        if (reply.httpStatus() == null) {
            return new StripeAnswer(StripeAnswer.Kind.UNKNOWN, 0, null, reply.exchange());
        }
        return new StripeAnswer(
                StripeAnswer.Kind.ANSWERED, reply.httpStatus(), reply.answer().orElse(null), reply.exchange());
    }

    private static Optional<JsonObject> parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
