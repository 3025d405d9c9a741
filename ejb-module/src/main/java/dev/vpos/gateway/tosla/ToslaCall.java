package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * One call to Tosla's API; its answer counts only as a JSON object with a {@code Code}, with HTTP 200 (answers carry
 * no card data beyond a masked number).
 */
final class ToslaCall {

    /**
     * The API's {@code Code} for an order id used before. Tosla's real code for it is not public: this is the bank
     * simulator's choice (docs/families/tosla.md); the adapter treats it as "ask the order's status", never a decline.
     */
    static final String ORDER_ID_USED = "102";

    /** The API's {@code Code} when it cannot find the order a follow-up or inquiry names. */
    static final String NOT_FOUND = "101";

    /** The API's {@code Code} when the request's hash does not verify (wrong client, user or password). */
    static final String HASH_ERROR = "997";

    static final AnswerFormat<ToslaAnswer> FORMAT =
            AnswerFormat.onHttpOk(StandardCharsets.UTF_8, ToslaAnswer::parse).from("Tosla");

    private final BankChannel channel;
    private final Clock clock;

    ToslaCall(BankChannel channel, Clock clock) {
        this.channel = channel;
        this.clock = clock;
    }

    ToslaRequest request(String operation, GatewayAccount account) {
        return ToslaRequest.to(operation, ToslaCredentials.of(account), clock);
    }

    BankReply<ToslaAnswer> send(ToslaRequest request, GatewayAccount account) {
        return channel.send(request.to(account.endpoint()), account, FORMAT);
    }

    /**
     * Reads a payment or follow-up answer: {@code Code 0} with {@code BankResponseCode 00} approved; any other code
     * declined with it; an answer for another order, or a taken request without the host's code, unknown.
     */
    static GatewayResult payment(BankReply<ToslaAnswer> reply, String orderId) {
        if (!reply.answered()) {
            return reply.failed();
        }
        ToslaAnswer a = reply.get();
        if (!a.get("OrderId").isEmpty() && !a.get("OrderId").equals(orderId)) {
            return reply.unknown("answer is for order " + a.get("OrderId") + ", not " + orderId);
        }
        if (ORDER_ID_USED.equals(a.code())) {
            return reply.orderIdAlreadyUsed(a.code(), a.message());
        }
        if (a.accepted() && a.get("BankResponseCode").isEmpty()) {
            return reply.unknown("answer has no BankResponseCode");
        }
        boolean approved = a.accepted() && ToslaAnswer.APPROVED.equals(a.get("BankResponseCode"));
        return new GatewayResult(
                approved ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                a.bankCode(),
                a.bankMessage(),
                approved ? a.get("AuthCode") : null,
                a.get("HostReferenceNumber"),
                a.get("TransactionId"),
                reply.exchange());
    }
}
