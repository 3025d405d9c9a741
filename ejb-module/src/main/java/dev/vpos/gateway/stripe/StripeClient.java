package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Talks to the Stripe API through the module's HTTP transport (the definition's deadline): form-encoded bodies,
 * {@code Authorization: Bearer <secret key>}, the {@code Idempotency-Key} of every POST, a pinned
 * {@code Stripe-Version}. Logs nothing itself; the answer carries a masked record for the transaction log.
 */
final class StripeClient {

    static final String API_VERSION = "2024-06-20";
    private static final int MAX_LOGGED = 4000;

    private final BankHttpTransport transport;

    StripeClient(BankHttpTransport transport) {
        this.transport = transport;
    }

    StripeAnswer call(StripeCredentials credentials, GatewayAccount account, StripeRequest request) {
        boolean get = request.method().equals("GET");
        String query = get && !request.params().isEmpty() ? "?" + request.encoded() : "";
        URI uri = URI.create(credentials.api(request.path()) + query);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + credentials.secretKey());
        headers.put("Stripe-Version", API_VERSION);
        headers.put("Accept", "application/json");
        if (request.idempotencyKey() != null) {
            headers.put("Idempotency-Key", request.idempotencyKey());
        }
        String masked = request.masked();
        try {
            HttpAnswer answer = transport.send(
                    request.method(),
                    uri,
                    get ? null : request.encoded().getBytes(StandardCharsets.UTF_8),
                    get ? null : "application/x-www-form-urlencoded",
                    headers,
                    account.connectTimeout(),
                    account.readTimeout());
            String text = new String(answer.body(), StandardCharsets.UTF_8);
            JsonObject json = parse(text);
            String failure = json == null ? "Stripe answered HTTP " + answer.status() + " without a JSON object" : null;
            return new StripeAnswer(
                    StripeAnswer.Kind.ANSWERED,
                    answer.status(),
                    json,
                    new BankExchange(answer.status(), answer.latencyMs(), masked, loggable(text), failure));
        } catch (BankNotReachedException e) {
            return new StripeAnswer(
                    StripeAnswer.Kind.NOT_SENT,
                    0,
                    null,
                    new BankExchange(null, e.latencyMs(), masked, null, e.getMessage()));
        } catch (BankAnswerUnknownException e) {
            return new StripeAnswer(
                    StripeAnswer.Kind.UNKNOWN,
                    0,
                    null,
                    new BankExchange(null, e.latencyMs(), masked, null, e.getMessage()));
        }
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /** Stripe's answers hold no card number; the client secret (it lets a browser confirm) is masked, size capped. */
    static String loggable(String text) {
        String masked = StripeMasking.mask(text);
        return masked.length() > MAX_LOGGED ? masked.substring(0, MAX_LOGGED) + "…" : masked;
    }
}
