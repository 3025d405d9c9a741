package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.LogText;
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
 * {@code POST /orders/{RefNo}/refund/}. JSON both ways; every answer is read whatever its status (an error's body says
 * why), with anything like a card number masked for the log.
 */
final class TwoCheckoutApi {

    static final String AUTH_HEADER = "X-Avangate-Authentication";
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String JSON = "application/json";

    static final AnswerFormat<HttpAnswer> ANSWER = AnswerFormat.anyStatus(StandardCharsets.UTF_8)
            .from("2Checkout")
            .masked(text -> LogText.maskCardNumbers(text, 12));

    private final Clock clock;

    TwoCheckoutApi(Clock clock) {
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

    BankRequest order(TwoCheckoutCredentials c, String refNo) {
        return request(c, "GET", "/orders/" + enc(refNo) + "/", null);
    }

    BankRequest ordersByExternalReference(TwoCheckoutCredentials c, String externalRef) {
        return request(c, "GET", "/orders/?ExternalRefNo=" + enc(externalRef) + "&IncludeTestOrders=YES", null);
    }

    BankRequest refund(TwoCheckoutCredentials c, String refNo, String amount, String comment) {
        String body = jakarta.json.Json.createObjectBuilder()
                .add("amount", new java.math.BigDecimal(amount))
                .add("comment", comment)
                .add("reason", "Other")
                .build()
                .toString();
        return request(c, "POST", "/orders/" + enc(refNo) + "/refund/", body);
    }

    private BankRequest request(TwoCheckoutCredentials c, String method, String path, String body) {
        URI uri = c.api(path);
        String masked = method + " " + uri + "\n" + AUTH_HEADER + ": code=\"" + c.merchantCode() + "\" hash=***"
                + (body == null ? "" : "\n" + body);
        Map<String, String> headers =
                Map.of(AUTH_HEADER, authentication(c, DATE.format(clock.instant())), "Accept", JSON);
        return new BankRequest(
                method,
                uri,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                body == null ? null : JSON,
                headers,
                masked);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
