package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import java.nio.charset.StandardCharsets;

/**
 * One POST of a {@code PayforRequest} to {@code XMLGate.aspx}; its answer counts only as a {@code PayforResponse} with
 * HTTP 200 (it carries no card data beyond a masked PAN).
 */
final class PayForCall {

    /** The {@code ProcReturnCode} of a refusal because the order id is not unique. */
    static final String ORDER_ID_USED = "V029";

    static final AnswerFormat<PayForResponse> PAYFOR_RESPONSE =
            AnswerFormat.onHttpOk(StandardCharsets.UTF_8, PayForResponse::parse);

    private final BankChannel channel;

    PayForCall(BankChannel channel) {
        this.channel = channel;
    }

    BankReply<PayForResponse> send(GatewayAccount account, PayForRequest request) {
        return channel.send(request.to(account.endpoint()), account, PAYFOR_RESPONSE);
    }

    /**
     * Reads a payment or follow-up answer: {@code 00} approved, any other code declined, an answer for another order
     * (its {@code TransId}) or without a code unknown.
     */
    static GatewayResult payment(BankReply<PayForResponse> reply, String orderId) {
        if (!reply.answered()) {
            return reply.failed();
        }
        PayForResponse r = reply.get();
        String transId = r.get("TransId");
        if (!transId.isEmpty() && !transId.equals(orderId)) {
            return reply.unknown("answer is for order " + transId + ", not " + orderId);
        }
        if (r.procReturnCode().isEmpty()) {
            return reply.unknown("answer has no ProcReturnCode");
        }
        if (ORDER_ID_USED.equals(r.procReturnCode())) {
            return reply.orderIdAlreadyUsed(r.procReturnCode(), r.get("ErrMsg"));
        }
        GatewayOutcome outcome = r.approved() ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED;
        return new GatewayResult(
                outcome,
                r.procReturnCode(),
                r.get("ErrMsg"),
                r.approved() ? r.get("AuthCode") : null,
                r.get("HostRefNum"),
                transId,
                reply.exchange());
    }
}
