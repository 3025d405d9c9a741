package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankReply;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a transaction answer: APPROVED only for Code 00 / Approved for our order id; DECLINED for any other code
 * the bank gave (a HOST decline or a GVPS refusal); UNKNOWN for HTTP errors, unreadable bodies, an answer for
 * another order, or an answer that is neither.
 */
final class GarantiAnswers {

    /** The {@code ReasonCode} of a refusal because the order id was already approved. */
    static final String ORDER_ID_USED = "0104";

    /** Garanti's answers count with HTTP 200 only; they carry no card data beyond a masked PAN. */
    static final AnswerFormat<GvpsResponse> GVPS_RESPONSE =
            AnswerFormat.onHttpOk(StandardCharsets.UTF_8, GvpsResponse::parse);

    private GarantiAnswers() {}

    static GatewayResult interpret(String orderId, BankReply<GvpsResponse> reply) {
        if (!reply.answered()) {
            return reply.failed();
        }
        GvpsResponse r = reply.get();
        boolean otherOrder =
                !r.orderId().equals(orderId) && (r.approved() || !r.orderId().isEmpty());
        if (otherOrder) {
            return reply.unknown("answer is for order '" + r.orderId() + "', not " + orderId);
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
                    reply.exchange());
        }
        if (r.refused() && ORDER_ID_USED.equals(r.reasonCode())) {
            return reply.orderIdAlreadyUsed(r.bankCode(), r.bankMessage());
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
                    reply.exchange());
        }
        return reply.unknown(
                "answer is neither an approval nor a refusal (Code=" + r.code() + ", Message=" + r.message() + ")");
    }

    static Map<String, String> references(GvpsResponse r) {
        Map<String, String> refs = new HashMap<>();
        put(refs, GarantiRequests.RETREF_NUM, r.retrefNum());
        put(refs, GarantiRequests.BATCH_NUM, r.batchNum());
        put(refs, GarantiRequests.SEQUENCE_NUM, r.sequenceNum());
        return refs;
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
