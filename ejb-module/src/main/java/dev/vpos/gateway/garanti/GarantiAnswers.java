package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a transaction answer: APPROVED only for Code 00 / Approved for our order id; DECLINED for any other code
 * the bank gave (a HOST decline or a GVPS refusal); UNKNOWN for HTTP errors, unreadable bodies, an answer for
 * another order, or an answer that is neither.
 */
final class GarantiAnswers {

    static final int MAX_LOGGED = 4000;

    private GarantiAnswers() {}

    static GatewayResult interpret(String orderId, HttpAnswer answer, String maskedRequest) {
        String body = loggable(answer.body());
        Optional<GvpsResponse> parsed = answer.status() == 200 ? GvpsResponse.parse(answer.body()) : Optional.empty();
        if (parsed.isEmpty()) {
            String why = answer.status() == 200
                    ? "unreadable answer from the bank"
                    : "bank answered HTTP " + answer.status();
            return GatewayResult.unknown(
                    new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, why));
        }
        GvpsResponse r = parsed.get();
        BankExchange exchange = new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, null);
        boolean otherOrder =
                !r.orderId().equals(orderId) && (r.approved() || !r.orderId().isEmpty());
        if (otherOrder) {
            return GatewayResult.unknown(new BankExchange(
                    answer.status(),
                    answer.latencyMs(),
                    maskedRequest,
                    body,
                    "answer is for order '" + r.orderId() + "', not " + orderId));
        }
        if (r.approved()) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    r.code(),
                    r.message(),
                    r.authCode(),
                    r.retrefNum(),
                    null,
                    references(r),
                    exchange);
        }
        if (r.refused()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    r.bankCode(),
                    r.bankMessage(),
                    null,
                    emptyToNull(r.retrefNum()),
                    null,
                    references(r),
                    exchange);
        }
        return GatewayResult.unknown(new BankExchange(
                answer.status(),
                answer.latencyMs(),
                maskedRequest,
                body,
                "answer is neither an approval nor a refusal (Code=" + r.code() + ", Message=" + r.message() + ")"));
    }

    static Map<String, String> references(GvpsResponse r) {
        Map<String, String> refs = new HashMap<>();
        put(refs, GarantiRequests.RETREF_NUM, r.retrefNum());
        put(refs, GarantiRequests.BATCH_NUM, r.batchNum());
        put(refs, GarantiRequests.SEQUENCE_NUM, r.sequenceNum());
        return refs;
    }

    /** Bank answers carry no card data beyond a masked PAN; cap their size for the log. */
    static String loggable(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > MAX_LOGGED ? text.substring(0, MAX_LOGGED) + "…" : text;
    }

    static BankExchange withFailure(BankExchange x, String failure) {
        return new BankExchange(x.httpStatus(), x.latencyMs(), x.maskedRequest(), x.maskedResponse(), failure);
    }

    private static void put(Map<String, String> refs, String key, String value) {
        if (value != null && !value.isEmpty()) {
            refs.put(key, value);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
