package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.transport.BankAnswerUnknownException;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.infrastructure.transport.BankNotReachedException;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * 2Checkout's REST API 6.0 as the adapter calls it: every request authenticated with
 * {@code X-Avangate-Authentication: code="MERCHANT" date="yyyy-MM-dd HH:mm:ss" hash="..." [algo="..."]}, the hash an
 * HMAC (the account's algorithm) with the secret key over the length-prefixed merchant code and date (UTC);
 * {@code GET /orders/{RefNo}/}, {@code GET /orders/?ExternalRefNo=...} (our order id; test orders included) and
 * {@code POST /orders/{RefNo}/refund/}. JSON both ways.
 */
final class TwoCheckoutApi {

    static final String AUTH_HEADER = "X-Avangate-Authentication";
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String JSON = "application/json";

    /** A request as sent (masked for the log: the hash is left out) and what came back. */
    record Call(String maskedRequest, HttpAnswer answer) {}

    private final BankHttpTransport transport;
    private final Clock clock;

    TwoCheckoutApi(BankHttpTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    static String authentication(TwoCheckoutCredentials c, String date) {
        String source = LengthPrefixed.of(List.of(c.merchantCode(), date));
        String hash = c.algorithm().hmacHex(c.secretKey(), source);
        return "code=\"" + c.merchantCode() + "\" date=\"" + date + "\" hash=\"" + hash + "\""
                + (c.algorithm().algo() == null
                        ? ""
                        : " algo=\"" + c.algorithm().algo() + "\"");
    }

    Call order(TwoCheckoutCredentials c, GatewayAccount a, String refNo)
            throws BankNotReachedException, BankAnswerUnknownException {
        return send(c, a, "GET", "/orders/" + enc(refNo) + "/", null);
    }

    Call ordersByExternalReference(TwoCheckoutCredentials c, GatewayAccount a, String externalRef)
            throws BankNotReachedException, BankAnswerUnknownException {
        return send(c, a, "GET", "/orders/?ExternalRefNo=" + enc(externalRef) + "&IncludeTestOrders=YES", null);
    }

    Call refund(TwoCheckoutCredentials c, GatewayAccount a, String refNo, String amount, String comment)
            throws BankNotReachedException, BankAnswerUnknownException {
        String body = jakarta.json.Json.createObjectBuilder()
                .add("amount", new java.math.BigDecimal(amount))
                .add("comment", comment)
                .add("reason", "Other")
                .build()
                .toString();
        return send(c, a, "POST", "/orders/" + enc(refNo) + "/refund/", body);
    }

    private Call send(TwoCheckoutCredentials c, GatewayAccount a, String method, String path, String body)
            throws BankNotReachedException, BankAnswerUnknownException {
        URI uri = c.api(path);
        String masked = method + " " + uri + "\n" + AUTH_HEADER + ": code=\"" + c.merchantCode() + "\" hash=***"
                + (body == null ? "" : "\n" + body);
        Map<String, String> headers =
                Map.of(AUTH_HEADER, authentication(c, DATE.format(clock.instant())), "Accept", JSON);
        HttpAnswer answer = transport.send(
                method,
                uri,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                body == null ? null : JSON,
                headers,
                a.connectTimeout(),
                a.readTimeout());
        return new Call(masked, answer);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
