package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.util.Optional;

/**
 * Reads the bank's answers into results. Approved only on ResponseCode 00 for our own order with a response hash
 * that verifies (when the bank sends one); declined on any other code the bank gave; anything unreadable, for
 * another order or with a wrong hash is unknown.
 */
final class KuveytTurkAnswers {

    private KuveytTurkAnswers() {}

    /** The answer of Non3DPayGate or ThreeDModelProvisionGate. */
    static GatewayResult payment(String orderId, HttpAnswer answer, String maskedRequest, String hashedPassword) {
        String body = KuveytTurkLog.masked(answer.body());
        Optional<KuveytTurkResponse> parsed =
                answer.status() == 200 ? KuveytTurkResponse.parse(answer.body()) : Optional.empty();
        if (parsed.isEmpty()) {
            String why = answer.status() == 200
                    ? "unreadable answer from the bank"
                    : "bank answered HTTP " + answer.status();
            return unknown(answer, maskedRequest, body, why);
        }
        KuveytTurkResponse r = parsed.get();
        BankExchange exchange = new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, null);
        String answeredOrder = r.merchantOrderId();
        if (!answeredOrder.isEmpty() && !answeredOrder.equals(orderId)) {
            return unknown(answer, maskedRequest, body, "answer is for order " + answeredOrder + ", not " + orderId);
        }
        if (r.approved()) {
            if (answeredOrder.isEmpty()) {
                return unknown(answer, maskedRequest, body, "approval names no order");
            }
            if (!r.hashData().isEmpty() && !r.hashVerifies(hashedPassword)) {
                return unknown(answer, maskedRequest, body, "the answer's HashData does not verify");
            }
            KuveytTurkReferences refs = new KuveytTurkReferences(r.orderId(), r.rrn(), r.stan(), r.provisionNumber());
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    r.responseCode(),
                    r.responseMessage(),
                    r.provisionNumber(),
                    r.rrn(),
                    r.stan(),
                    refs.asMap(),
                    exchange);
        }
        if (!r.responseCode().isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    r.responseCode(),
                    r.responseMessage(),
                    null,
                    emptyToNull(r.rrn()),
                    emptyToNull(r.stan()),
                    exchange);
        }
        return unknown(answer, maskedRequest, body, "answer has no ResponseCode");
    }

    /** The answer of SaleReversal, DrawBack or PartialDrawback. */
    static GatewayResult followUp(String orderId, String operation, HttpAnswer answer, String maskedRequest) {
        String body = KuveytTurkLog.masked(answer.body());
        Optional<KuveytTurkSoapResult> parsed =
                answer.status() == 200 ? KuveytTurkSoapResult.parse(answer.body(), operation) : Optional.empty();
        if (parsed.isEmpty()) {
            String why = answer.status() == 200
                    ? "unreadable " + operation + " answer"
                    : "bank answered HTTP " + answer.status();
            return unknown(answer, maskedRequest, body, why);
        }
        KuveytTurkSoapResult r = parsed.get();
        BankExchange exchange = new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, null);
        String code = r.value("ResponseCode");
        String answeredOrder = r.value("MerchantOrderId");
        if (!answeredOrder.isEmpty() && !answeredOrder.equals(orderId)) {
            return unknown(answer, maskedRequest, body, "answer is for order " + answeredOrder + ", not " + orderId);
        }
        if (KuveytTurkResponse.APPROVED.equals(code) && r.errorCode().isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    r.value("ResponseMessage"),
                    r.value("ProvisionNumber"),
                    r.value("RRN"),
                    r.value("Stan"),
                    exchange);
        }
        if (!r.errorCode().isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED, r.errorCode(), r.errorMessage(), null, null, null, exchange);
        }
        if (!code.isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code,
                    r.value("ResponseMessage"),
                    null,
                    emptyToNull(r.value("RRN")),
                    emptyToNull(r.value("Stan")),
                    exchange);
        }
        return unknown(answer, maskedRequest, body, operation + " answer has neither a ResponseCode nor an error");
    }

    static GatewayResult unknown(HttpAnswer answer, String maskedRequest, String body, String why) {
        return GatewayResult.unknown(new BankExchange(answer.status(), answer.latencyMs(), maskedRequest, body, why));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
