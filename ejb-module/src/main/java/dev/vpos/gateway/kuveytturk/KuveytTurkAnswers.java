package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankReply;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How the bank's answers are read (HTTP 200 only; masked for the log by {@link KuveytTurkLog}) and what they mean.
 * Approved only on ResponseCode 00 for our own order with a response hash that verifies (when the bank sends one);
 * declined on any other code the bank gave; anything unreadable, for another order or with a wrong hash is unknown.
 */
final class KuveytTurkAnswers {

    /** The {@code ResponseCode} of a refusal because the merchant order id was already used. */
    static final String ORDER_ID_USED = "DuplicateMerchantOrderId";

    /** The payment gates' {@code VPosTransactionResponseContract}. */
    static final AnswerFormat<KuveytTurkResponse> PAYMENT = AnswerFormat.onHttpOk(
                    StandardCharsets.UTF_8, KuveytTurkResponse::parse)
            .masked(KuveytTurkLog::masked);

    /** The enrollment gate's HTML page, with its first form. */
    static final AnswerFormat<EnrollmentPage> ENROLLMENT_PAGE = AnswerFormat.onHttpOk(StandardCharsets.UTF_8, body -> {
                String html = new String(body, StandardCharsets.UTF_8);
                return KuveytTurkHtmlForm.parse(html).map(form -> new EnrollmentPage(html, form));
            })
            .masked(KuveytTurkLog::masked);

    /** The page the enrollment answers, and its form. */
    record EnrollmentPage(String html, KuveytTurkHtmlForm form) {}

    private KuveytTurkAnswers() {}

    /** The {@code <operation>Result} of a SOAP call. */
    static AnswerFormat<KuveytTurkSoapResult> soap(String operation) {
        return AnswerFormat.onHttpOk(StandardCharsets.UTF_8, body -> KuveytTurkSoapResult.parse(body, operation))
                .masked(KuveytTurkLog::masked);
    }

    /** The answer of Non3DPayGate or ThreeDModelProvisionGate. */
    static GatewayResult payment(String orderId, BankReply<KuveytTurkResponse> reply, String hashedPassword) {
        if (!reply.answered()) {
            return reply.failed();
        }
        KuveytTurkResponse r = reply.get();
        String answeredOrder = r.merchantOrderId();
        if (!answeredOrder.isEmpty() && !answeredOrder.equals(orderId)) {
            return reply.unknown("answer is for order " + answeredOrder + ", not " + orderId);
        }
        if (r.approved()) {
            if (answeredOrder.isEmpty()) {
                return reply.unknown("approval names no order");
            }
            if (!r.hashData().isEmpty() && !r.hashVerifies(hashedPassword)) {
                return reply.unknown("the answer's HashData does not verify");
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
                    reply.exchange());
        }
        if (ORDER_ID_USED.equals(r.responseCode())) {
            return reply.orderIdAlreadyUsed(r.responseCode(), r.responseMessage());
        }
        if (!r.responseCode().isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    r.responseCode(),
                    r.responseMessage(),
                    null,
                    emptyToNull(r.rrn()),
                    emptyToNull(r.stan()),
                    reply.exchange());
        }
        return reply.unknown("answer has no ResponseCode");
    }

    /** The answer of SaleReversal, DrawBack or PartialDrawback. */
    static GatewayResult followUp(String orderId, String operation, BankReply<KuveytTurkSoapResult> reply) {
        if (!reply.answered()) {
            return reply.failed();
        }
        KuveytTurkSoapResult r = reply.get();
        String code = r.value("ResponseCode");
        String answeredOrder = r.value("MerchantOrderId");
        if (!answeredOrder.isEmpty() && !answeredOrder.equals(orderId)) {
            return reply.unknown("answer is for order " + answeredOrder + ", not " + orderId);
        }
        if (KuveytTurkResponse.APPROVED.equals(code) && r.errorCode().isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    r.value("ResponseMessage"),
                    r.value("ProvisionNumber"),
                    r.value("RRN"),
                    r.value("Stan"),
                    reply.exchange());
        }
        if (!r.errorCode().isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED, r.errorCode(), r.errorMessage(), null, null, null, reply.exchange());
        }
        if (!code.isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code,
                    r.value("ResponseMessage"),
                    null,
                    emptyToNull(r.value("RRN")),
                    emptyToNull(r.value("Stan")),
                    reply.exchange());
        }
        return reply.unknown(operation + " answer has neither a ResponseCode nor an error");
    }

    /** The first refusal the enrollment page already posts back ({@code AuthenticationResponse}), if any. */
    static Optional<KuveytTurkResponse> refusal(EnrollmentPage page) {
        return Optional.ofNullable(page.form().fields().get(KuveytTurkThreeDs.AUTHENTICATION_RESPONSE))
                .flatMap(KuveytTurkThreeDs::decode)
                .flatMap(KuveytTurkResponse::parse)
                .filter(r -> !r.approved() && !r.responseCode().isEmpty());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
